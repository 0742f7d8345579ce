/**
 * Output of the command-line tools (`npm run seed`, `npm run neo4j`), which a person reads at a
 * terminal: plain lines, not the server's JSON log. Messages go to stdout, problems to stderr.
 */
export const terminal = {
  say: (line: string): void => void process.stdout.write(`${line}\n`),
  complain: (line: string): void => void process.stderr.write(`${line}\n`),
};
