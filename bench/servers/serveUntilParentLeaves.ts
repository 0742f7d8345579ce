/**
 * The contract of a benchmark server process: print `READY <graphql url>` once it serves, and stop
 * cleanly when the parent closes our stdin (the parent ended, normally or not) or sends SIGTERM,
 * so no server outlives a benchmark run.
 */
export function serveUntilParentLeaves(graphqlUrl: string, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await stop();
    } finally {
      process.exit(0);
    }
  };
  process.stdin.on('end', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  console.log(`READY ${graphqlUrl}`);
}
