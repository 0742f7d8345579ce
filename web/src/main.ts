import './style.css';
import { empty, errorState, loading } from './components/state.js';
import { h } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { asOfPage } from './pages/asOfPage.js';
import { eventPage } from './pages/eventPage.js';
import { lineagePage } from './pages/lineagePage.js';
import { officePage } from './pages/officePage.js';
import { personPage } from './pages/personPage.js';
import { searchPage } from './pages/searchPage.js';
import { timelinePage } from './pages/timelinePage.js';
import { unitPage } from './pages/unitPage.js';
import { createRouter } from './router.js';

const router = createRouter({
  '/': searchPage,
  '/unit/:slug': unitPage,
  '/unit/:slug/timeline': timelinePage,
  '/unit/:slug/lineage': lineagePage,
  '/as-of': asOfPage,
  '/office/:slug': officePage,
  '/person/:slug': personPage,
  '/event/:slug': eventPage,
});

const main = h('main', { id: 'main', tabindex: '-1' });
let renderCount = 0;

function header(): HTMLElement {
  return h(
    'header',
    { class: 'site' },
    h('a', { href: '/', class: 'brand' }, 'diachi'),
    h('nav', {}, h('a', { href: '/' }, t('search')), h('a', { href: '/as-of' }, t('asOf'))),
    h(
      'button',
      {
        type: 'button',
        class: 'lang',
        lang: lang() === 'vi' ? 'en' : 'vi',
        onclick: () => {
          setLang(lang() === 'vi' ? 'en' : 'vi');
          renderShell();
          void render();
        },
      },
      t('language'),
    ),
  );
}

function renderShell(): void {
  document.body.replaceChildren(h('a', { href: '#main', class: 'skip' }, '↓'), header(), main);
}

/** Renders the page for the current URL: loading first, then the page, an empty or error state. */
async function render(): Promise<void> {
  const current = ++renderCount;
  const url = new URL(location.href);
  const found = router.match(url.pathname);
  if (!found) {
    document.title = 'diachi';
    main.replaceChildren(empty(t('pageNotFound')));
    return;
  }
  main.replaceChildren(loading());
  main.setAttribute('aria-busy', 'true');
  try {
    const page = await found.load(found.params, url.searchParams);
    if (current !== renderCount) return; // a newer navigation won
    document.title = `${page.title} · diachi`;
    main.replaceChildren(page.body);
  } catch (error) {
    if (current !== renderCount) return;
    document.title = `${t('error')} · diachi`;
    main.replaceChildren(errorState(error, () => void render()));
  } finally {
    if (current === renderCount) main.removeAttribute('aria-busy');
  }
  if (url.hash) document.getElementById(url.hash.slice(1))?.scrollIntoView();
}

/** Moves to a same-origin URL without reloading, keeping back/forward and bookmarks working. */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  void render().then(() => {
    if (!replace && !location.hash) {
      window.scrollTo(0, 0);
      main.focus({ preventScroll: true });
    }
  });
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  // SVG links (the charts) have no string `href`/`target` properties: read the attributes.
  if (!link || link.getAttribute('target') || link.hasAttribute('download')) return;
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/guide')) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', () => void render());
document.documentElement.lang = lang();
renderShell();
void render();
