import { readFileSync } from 'node:fs';

/** The package version, read once; shown by `about` and in the startup banner. */
export const version: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;
