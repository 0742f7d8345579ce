// `npm start` runs this before `node dist/index.js`: it builds (codegen, then tsc) only when an
// input of the build changed since the build in dist/ was made. Codegen and tsc took about 45 s
// on every start, before Neo4j even started; a start with nothing changed now skips both.
// Plain JavaScript with no dependencies, so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = path.join(root, 'dist', '.build-inputs');

// Everything codegen, tsc and the explorer's Vite build read. src/generated/ and web/src/generated/
// are their output, not an input.
const INPUTS = ['schema', 'src', 'tests/operations', 'web', 'codegen.ts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const SKIPPED = new Set([path.join('src', 'generated'), path.join('web', 'src', 'generated')]);

function filesUnder(relative) {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute)
    .filter((name) => !SKIPPED.has(path.join(relative, name)))
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

/** SHA-256 over every input file's path and content, in a fixed order. */
function fingerprint() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const current = fingerprint();
const built =
  existsSync(STAMP) && existsSync(path.join(root, 'dist', 'index.js')) && existsSync(path.join(root, 'dist', 'web', 'index.html'))
    ? readFileSync(STAMP, 'utf8').trim()
    : null;
if (built === current) {
  console.log('dist/ is up to date with schema/, src/ and web/: skipping codegen, tsc and the explorer build.');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, `${current}\n`);
}
