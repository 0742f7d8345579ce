import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';

const filesOf = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );

describe('logging (issue 10)', () => {
  it('has no bare console.* in src/: the server logs through pino, the CLIs through log/terminal', () => {
    const offenders = filesOf(path.join(projectRoot, 'src'))
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .filter((file) => /\bconsole\.(log|info|warn|error|debug|trace)\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(projectRoot, file));
    expect(offenders).toEqual([]);
  });
});
