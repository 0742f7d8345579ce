/** A rendered page: its document title and its content. */
export interface Page {
  readonly title: string;
  readonly body: HTMLElement;
}

export type PageLoader = (params: Record<string, string>, search: URLSearchParams) => Promise<Page>;

interface Route {
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly load: PageLoader;
}

/** Paths like `/unit/:slug/timeline` matched to their loaders; each page has its own URL. */
export function createRouter(table: Record<string, PageLoader>) {
  const routes: Route[] = Object.entries(table).map(([path, load]) => {
    const names: string[] = [];
    const pattern = new RegExp(
      '^' +
        path.replace(/:([a-z]+)/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        }) +
        '/?$',
    );
    return { pattern, names, load };
  });
  return {
    match(pathname: string): { load: PageLoader; params: Record<string, string> } | null {
      for (const route of routes) {
        const found = route.pattern.exec(pathname);
        if (found) {
          const params: Record<string, string> = {};
          route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1]!)));
          return { load: route.load, params };
        }
      }
      return null;
    },
  };
}
