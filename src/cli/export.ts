// `npm run export`: write the Linked Places and CSV exports of the graph to a folder (default
// exports/). Uses the configured Neo4j like `npm start`, seeding it first if it was never seeded.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { renderExports } from '../export/exportFiles.js';
import { openGraph } from '../graph/openGraph.js';
import { prepareGraph } from '../graph/prepareGraph.js';
import { LocalNeo4jError } from '../localNeo4j/LocalNeo4jError.js';
import { ExportRepository } from '../repositories/ExportRepository.js';
import { SeedValidationError } from '../seed/SeedValidationError.js';

const USAGE = 'Usage: npm run export [-- --out <folder>]   (default folder: exports/)';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } }, strict: true, allowPositionals: false });
  if (values.help) {
    console.log(USAGE);
  } else {
    const config = loadConfig();
    const out = path.resolve(config.projectRoot, values.out ?? 'exports');
    const graph = await openGraph(config, (line) => console.log(line));
    try {
      await prepareGraph(graph.db, { seed: config.seedOnStart, log: (line) => console.log(line) });
      const files = renderExports(await new ExportRepository(graph.db).snapshot(), config.publicUrl);
      await mkdir(out, { recursive: true });
      for (const [name, content] of files) await writeFile(path.join(out, name), content);
      console.log(`Wrote ${files.size} files to ${path.relative(process.cwd(), out) || '.'}: ${[...files.keys()].join(', ')}.`);
    } finally {
      await graph.close();
    }
  }
} catch (error) {
  if (error instanceof SeedValidationError || error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`${error.message}\n${USAGE}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
