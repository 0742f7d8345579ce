// `npm run neo4j`: only the local Neo4j (with Neo4j Browser), for explorers who want the graph
// without the API. Ctrl-C stops it cleanly.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { localPassword } from '../localNeo4j/localPassword.js';
import { startLocalNeo4j } from '../localNeo4j/startLocalNeo4j.js';
import { parseCliArgs } from './parseCliArgs.js';

try {
  parseCliArgs('npm run neo4j (takes no options)', {});
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const config = loadConfig();
if (config.neo4j.kind !== 'local') {
  console.error('NEO4J_URI is set: diachi uses that server and starts no local Neo4j.');
  process.exit(1);
}
const home = path.join(config.dataDir, 'neo4j');
const password = await localPassword(config.dataDir, config.neo4j.password);
const server = await startLocalNeo4j({
  projectRoot: config.projectRoot,
  cacheDir: path.join(config.projectRoot, '.diachi', 'cache'),
  homeDir: home,
  boltPort: config.neo4j.boltPort,
  httpPort: config.neo4j.httpPort,
  password,
  heapSize: config.neo4j.heapSize,
  pageCacheSize: config.neo4j.pageCacheSize,
  apoc: config.neo4j.apoc,
  log: (line) => console.log(line),
});
const where = config.neo4j.password ? 'NEO4J_PASSWORD' : path.join(config.dataDir, 'password');
console.log(`Neo4j Browser: ${server.browserUrl} (user neo4j, password in ${where})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
