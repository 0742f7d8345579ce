export interface Neo4jConfOptions {
  readonly homeDir: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly pageCacheSize: string;
  readonly apoc: boolean;
  /**
   * diachi's own HTTP address (`http://127.0.0.1:4000`), when known before Neo4j starts: Browser
   * may then fetch the guide and style sheet it serves under /guide/.
   */
  readonly appUrl?: string | undefined;
}

/**
 * The neo4j.conf of the local server. Everything binds to loopback only: the local Neo4j is a
 * development and test database, never exposed. The advertised addresses matter because Neo4j
 * Browser connects to the Bolt address that the HTTP discovery document (GET /) announces.
 */
export function renderNeo4jConf(options: Neo4jConfOptions): string {
  const { homeDir, boltPort, httpPort, pageCacheSize, apoc, appUrl } = options;
  // Browser fetches `:guide`, `:play` and `:style` URLs only from these hosts; loopback is where
  // diachi serves its guide and style sheet (src/http/serveExplorer.ts). Browser 5.24 compares the
  // hostname alone, without the port (hostIsAllowed in its bundle), and its own default is
  // "guides.neo4j.com, localhost", which stays allowed.
  const appHost = appUrl ? new URL(appUrl).hostname : undefined;
  const whitelist = [...new Set(['guides.neo4j.com', 'localhost', '127.0.0.1', ...(appHost ? [appHost] : [])])];
  return [
    '# Written by diachi (src/localNeo4j) on every start; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${homeDir}/data`,
    `server.directories.logs=${homeDir}/logs`,
    `server.directories.plugins=${homeDir}/plugins`,
    `server.directories.import=${homeDir}/import`,
    `server.directories.run=${homeDir}/run`,
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${pageCacheSize}`,
    // Netty waits a 5 s quiet period per event-loop group before Bolt stops (10 s in all); a
    // loopback development server has no in-flight clients worth waiting for.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    ...(apoc ? ['dbms.security.procedures.unrestricted=apoc.*'] : []),
    `browser.remote_content_hostname_whitelist=${whitelist.join(',')}`,
    // Browser runs this after every connect: diachi's style sheet is applied without dragging the
    // .grass file in (Neo4j Browser manual, "browser.post_connect_cmd"; `:style <url>`).
    ...(appUrl ? [`browser.post_connect_cmd=style ${appUrl}/guide/diachi.grass`] : []),
    'server.logs.gc.enabled=false',
    'dbms.usage_report.enabled=false',
    // Neo4j Browser otherwise loads product analytics from the internet (cdn.segment.com, seen in
    // the browser tests); a local development database has no reason to report on its users.
    'client.allow_telemetry=false',
    '',
  ].join('\n');
}
