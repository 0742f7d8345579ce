/**
 * A GraphiQL page whose scripts and styles are served by this server (see createApp), so the IDE
 * works with no internet access: Apollo's default landing page loads from a CDN. The page has no
 * inline script, so the content security policy (src/http/securityHeaders.ts) can forbid them.
 */
export function renderGraphiQL(options: { assets: string }): string {
  const { assets } = options;
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>diachi · GraphiQL</title>
  <link rel="stylesheet" href="${assets}/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${assets}/react.production.min.js"></script>
  <script src="${assets}/react-dom.production.min.js"></script>
  <script src="${assets}/graphiql.min.js"></script>
  <script src="${assets}/start.js"></script>
</body>
</html>`;
}

/** The script that mounts GraphiQL on the page above. */
export function renderGraphiQLStart(options: { endpoint: string }): string {
  return `const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(options.endpoint)} });
const defaultQuery = \`# diachi: a knowledge graph of Vietnam's provinces and their offices.
# Open the Docs panel (top left) to read every type and field.
{
  about {
    version
    counts { label count }
  }
}
\`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);
`;
}
