import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../src/cli/parseCliArgs.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHECK = { check: { type: 'boolean', default: false } } as const;

describe('parseCliArgs', () => {
  it('reads the options a command takes', () => {
    expect(parseCliArgs('seed [--check]', CHECK, ['--check'])).toEqual({ check: true });
    expect(parseCliArgs('seed [--check]', CHECK, [])).toEqual({ check: false });
  });

  it('refuses a misspelt option, with the usage', () => {
    expect(() => parseCliArgs('seed [--check]', CHECK, ['--chek'])).toThrowError(UsageError);
    expect(() => parseCliArgs('seed [--check]', CHECK, ['--chek'])).toThrowError(/Unknown option '--chek'[\s\S]*Usage: seed \[--check\]/);
  });

  it('refuses a stray argument', () => {
    expect(() => parseCliArgs('neo4j', {}, ['now'])).toThrowError(/Unexpected argument 'now'/);
  });
});

describe('npm run seed -- --chek (a typo)', () => {
  it('refuses before it opens any database', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--chek'], {
      cwd: ROOT,
      // No Neo4j to reach: had the typo been ignored, the load would fail on this, not on the option.
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^Unknown option '--chek'/) as unknown, stdout: '' });
  });
});
