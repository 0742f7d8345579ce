import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * The GraphiQL page's files, served from node_modules: GraphiQL 3's UMD bundle and the UMD builds
 * of React 18 that it runs on (React 19 ships none). The bundle's files are not in graphiql's
 * "exports" map, so they are found next to its package.json.
 */
export const graphiqlAssets: Readonly<Record<string, string>> = {
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
};
