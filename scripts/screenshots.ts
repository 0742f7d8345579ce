// Screenshots of the explorer's main pages, from the real app, into docs/screenshots/.
//
//   npm run screenshots                          starts its own diachi (throw-away Neo4j, seeded)
//   DIACHI_URL=http://127.0.0.1:4000 npm run screenshots   uses a running diachi instead
//
// Drives Debian's Chromium through playwright-core, as the browser tests do.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { findFreePort } from '../src/localNeo4j/findFreePort.js';
import { startDiachi, type RunningDiachi } from '../src/startDiachi.js';
import { launchBrowser } from '../tests/helpers/browser.js';

const OUT = path.join(projectRoot, 'docs', 'screenshots');

const SHOTS: ReadonlyArray<{ file: string; path: string; ready: string; phone?: boolean; element?: string }> = [
  { file: 'search.png', path: '/?q=vinh%20long', ready: '.hits' },
  { file: 'unit.png', path: '/unit/cuu-long', ready: '.facts' },
  { file: 'timeline.png', path: '/unit/cuu-long/timeline', ready: 'svg.timeline-chart' },
  { file: 'lineage.png', path: '/unit/vinh-long-2025/lineage', ready: 'svg.lineage-chart' },
  { file: 'as-of.png', path: '/as-of?date=1976-07-02', ready: 'svg.waves-chart' },
  { file: 'waves.png', path: '/as-of?date=1976-07-02', ready: 'svg.waves-chart', element: '.as-of .chart-wrap' },
  { file: 'office.png', path: '/office/off-vpubnd-vinh-long-1992', ready: '.part-holders' },
  { file: 'unit-phone.png', path: '/unit/vinh-long-1992', ready: '.facts', phone: true },
];

let diachi: RunningDiachi | undefined;
let dataDir: string | undefined;
let baseUrl = process.env.DIACHI_URL;
if (!baseUrl) {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'diachi-shots-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DIACHI_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_HTTP_PORT: String(await findFreePort()),
    NEO4J_PASSWORD: `shots-${Math.random().toString(36).slice(2)}`,
    HOST: '127.0.0.1',
    PORT: '0',
  });
  diachi = await startDiachi(config, { log: (line) => console.log(line) });
  baseUrl = diachi.url;
}

await mkdir(OUT, { recursive: true });
const desktop = await launchBrowser({ viewport: { width: 1200, height: 820 } });
const phone = await launchBrowser({ viewport: { width: 390, height: 800 } });
try {
  for (const shot of SHOTS) {
    const page = await (shot.phone ? phone : desktop).newPage();
    await page.goto(`${baseUrl}${shot.path}`);
    await page.locator(shot.ready).first().waitFor();
    const target = shot.element ? page.locator(shot.element) : page;
    await target.screenshot({ path: path.join(OUT, shot.file), type: 'png' });
    console.log(`docs/screenshots/${shot.file}  ←  ${shot.path}`);
    await page.close();
  }
  const problems = [...desktop.offHost, ...phone.offHost, ...desktop.consoleErrors, ...phone.consoleErrors];
  if (problems.length) console.error(`Problems while taking screenshots:\n${problems.join('\n')}`);
} finally {
  await desktop.close();
  await phone.close();
  await diachi?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
