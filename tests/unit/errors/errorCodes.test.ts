import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { ERROR_CODES } from '../../../src/errors/errorCodes.js';

const doc = readFileSync(path.join(projectRoot, 'docs', 'errors-and-limits.md'), 'utf8');
const documented = new Map([...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3})/gm)].map((m) => [m[1]!, Number(m[2])]));

describe('the error-code table of docs/errors-and-limits.md', () => {
  it('lists every code the server can send, with its status, and no other', () => {
    expect(Object.fromEntries(documented)).toEqual(
      Object.fromEntries(Object.entries(ERROR_CODES).map(([code, { status }]) => [code, status])),
    );
  });
});
