import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The options of a command, strictly: an unknown option (`--chek` for `--check`) or a stray
 * argument stops the command with its usage before it does anything, rather than being ignored
 * and letting it do something else (load the database instead of checking the files).
 */
export function parseCliArgs<const T extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: T,
  argv = process.argv.slice(2),
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\nUsage: ${usage}`);
  }
}

/** A command line the command does not take. */
export class UsageError extends Error {
  override name = 'UsageError';
}
