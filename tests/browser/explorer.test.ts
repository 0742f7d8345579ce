import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { projectRoot } from '../../src/config.js';
import { createDriver } from '../../src/db/createDriver.js';
import { Database } from '../../src/db/Database.js';
import { findFreePort } from '../../src/localNeo4j/findFreePort.js';
import { createApolloServer } from '../../src/server.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { expectData } from '../helpers/graphql.js';

// The explorer in a real Chromium against the real diachi server of globalSetup (seeded graph).
// `npm test` builds it first (npm run build:web); these tests read dist/web as served.

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

async function apiCount(day: string): Promise<number> {
  const data = await expectData<{ provinces: { totalCount: number } }, { asOf: string }>(
    `query ($asOf: CalendarDate) { provinces(asOf: $asOf) { totalCount } }`,
    { asOf: day },
  );
  return data.provinces.totalCount;
}

describe('the explorer', () => {
  it('measures its bundle: gzip size of what the browser downloads', () => {
    const assets = path.join(projectRoot, 'dist', 'web', 'assets');
    const files = readdirSync(assets);
    let raw = statSync(path.join(projectRoot, 'dist', 'web', 'index.html')).size;
    let gzip = gzipSync(readFileSync(path.join(projectRoot, 'dist', 'web', 'index.html'))).length;
    for (const file of files) {
      const bytes = readFileSync(path.join(assets, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    console.log(`[explorer] bundle: ${files.length + 1} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  });

  it('leads from search to a unit, its timeline, its lineage and a source quote', async () => {
    const page = await open('/');
    await page.getByRole('searchbox').fill('vinh long');
    // Diacritic-insensitive: "vinh long" finds Vĩnh Long.
    const hit = page.locator('a[href="/unit/vinh-long-1992"]');
    await hit.waitFor();
    expect(await hit.textContent()).toBe('Vĩnh Long');
    expect(page.url()).toBe(`${baseUrl}/?q=vinh%20long`);

    await hit.click();
    await page.waitForURL(`${baseUrl}/unit/vinh-long-1992`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vĩnh Long');
    // Dates at their source's precision, as the API labels them.
    const unit = await expectData<{ province: { established: { label: string } } }, object>(
      `{ province(id: "vinh-long-1992") { established { label } } }`,
    );
    expect(await page.locator('.facts').textContent()).toContain(unit.province.established.label);

    // Its predecessor Cửu Long dates from February 1976: a month, never padded to a day.
    await page.locator('.part-predecessors a[href="/unit/cuu-long"]').click();
    await page.waitForURL(`${baseUrl}/unit/cuu-long`);
    await expect.poll(() => page.locator('.facts').textContent()).toContain('tháng 2 năm 1976');
    expect(await page.locator('.facts').textContent()).not.toMatch(/ngày \d+ tháng 2 năm 1976/);

    await page.getByRole('link', { name: 'Dòng thời gian' }).click();
    await page.waitForURL(`${baseUrl}/unit/cuu-long/timeline`);
    const chart = page.locator('svg.timeline-chart');
    await chart.waitFor();
    const entries = await page.locator('.timeline-list > li').count();
    expect(entries).toBeGreaterThan(0);
    expect(await chart.locator('a.timeline-mark').count()).toBe(entries);
    // The month-precision establishment is a bar over the whole month, not a dot.
    const established = page.locator('.timeline-list > li.kind-established').first();
    expect(await established.locator('.date').textContent()).toBe('tháng 2 năm 1976');
    const index = Number((await established.getAttribute('id'))!.replace('entry-', ''));
    const mark = chart.locator('a.timeline-mark').nth(index);
    expect(await mark.locator('rect').count()).toBe(1);
    expect(await mark.locator('circle').count()).toBe(0);

    await page.getByRole('link', { name: 'Phả hệ' }).click();
    await page.waitForURL(`${baseUrl}/unit/cuu-long/lineage`);
    const lineage = page.locator('svg.lineage-chart');
    await lineage.waitFor();
    // Predecessors and successors are both drawn, and a click opens a unit's page.
    for (const slug of ['vinh-long-pre1976', 'tra-vinh-pre1976', 'vinh-long-1992', 'tra-vinh-1992']) {
      expect(await lineage.locator(`a.lineage-unit[data-slug="${slug}"]`).count(), slug).toBe(1);
    }
    // Left to right by date: the 1992 units start to the right of the 1976 ones.
    const x = async (slug: string) => Number(await lineage.locator(`a.lineage-unit[data-slug="${slug}"] rect`).getAttribute('x'));
    expect(await x('vinh-long-1992')).toBeGreaterThan(await x('cuu-long'));
    await lineage.locator('a.lineage-unit[data-slug="vinh-long-1992"]').click();
    await page.waitForURL(`${baseUrl}/unit/vinh-long-1992`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vĩnh Long');

    // A fact's sources, with their quotes, are one click away.
    const withQuote = await expectData<{ province: { sources: Array<{ quote: string | null }> } }, object>(
      `{ province(id: "vinh-long-1992") { sources { quote } } }`,
    );
    const quote = withQuote.province.sources.find((s) => s.quote)?.quote;
    expect(quote, 'vinh-long-1992 cites a source with a quote').toBeTruthy();
    const sources = page.locator('article > details.sources');
    expect(await sources.locator('blockquote').first().isVisible()).toBe(false);
    await sources.locator('summary').click();
    await expect.poll(() => sources.locator('blockquote').allTextContents()).toContain(`“${quote}”`);
    expect(await sources.locator('blockquote').first().isVisible()).toBe(true);

    // Back goes back through the pages, each its own URL.
    await page.goBack();
    await page.waitForURL(`${baseUrl}/unit/cuu-long/lineage`);
    await page.close();
  });

  it('opens a deep link directly (history-API fallback) and measures the first render of a unit page', async () => {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(`${baseUrl}/unit/cuu-long`);
    await page.locator('h1', { hasText: 'Cửu Long' }).waitFor();
    const ms = performance.now() - started;
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    console.log(
      `[explorer] unit page /unit/cuu-long: content rendered ${ms.toFixed(0)} ms after navigation (first contentful paint ${paint === null ? 'n/a' : `${paint.toFixed(0)} ms`})`,
    );
    expect(await page.locator('.part-changes li.change').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('counts the units of three days as the API does, and lists each of them', async () => {
    const page = await open('/as-of?date=1976-07-02');
    for (const [day, known] of [
      ['1976-07-02', null],
      ['2000-01-01', 61],
      ['2025-07-01', 34],
    ] as const) {
      if (day !== '1976-07-02') {
        await page.locator('#as-of-date').fill(day);
        await page.getByRole('button', { name: 'Xem' }).click();
        await page.waitForURL(`${baseUrl}/as-of?date=${day}&basis=LEGAL`);
      }
      const count = page.locator('#as-of-count');
      await count.waitFor();
      const expected = await apiCount(day);
      if (known !== null) expect(expected).toBe(known);
      await expect.poll(() => count.getAttribute('data-count')).toBe(String(expected));
      expect(await page.locator('ol.units > li').count()).toBe(expected);
    }
    // The waves of change: 1976, 1991, 2004, 2008 and 2025 are among the years with bars.
    for (const year of [1976, 1991, 2004, 2008, 2025]) {
      expect(await page.locator(`svg.waves-chart a.wave[data-year="${year}"]`).count(), String(year)).toBe(1);
    }
    await page.close();
  });

  it('asks the as-of question on the legal or the operating basis, as the API counts them', async () => {
    const page = await open('/as-of?date=2025-06-20&basis=OPERATING');
    const count = page.locator('#as-of-count');
    await count.waitFor();
    const operating = await expectData<{ provinces: { totalCount: number } }, object>(
      `{ provinces(asOf: "2025-06-20", basis: OPERATING) { totalCount } }`,
    );
    await expect.poll(() => count.getAttribute('data-count')).toBe(String(operating.provinces.totalCount));
    await page.locator('#as-of-basis').selectOption('LEGAL');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(`${baseUrl}/as-of?date=2025-06-20&basis=LEGAL`);
    await expect.poll(() => page.locator('#as-of-count').getAttribute('data-count')).toBe(String(await apiCount('2025-06-20')));
    await page.close();
  });

  it('draws part flows dashed and whole flows solid in a lineage', async () => {
    const page = await open('/unit/cuu-long/lineage');
    const lineage = page.locator('svg.lineage-chart');
    await lineage.waitFor();
    // 1976: Vĩnh Long and Trà Vinh wholly into Cửu Long; 1992: Cửu Long split, in part to each.
    expect(await lineage.locator('g.flow.whole').count()).toBeGreaterThan(0);
    expect(await lineage.locator('g.flow.part').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('downloads a list as CSV in UTF-8 with a byte order mark', async () => {
    const page = await open('/as-of?date=2000-01-01');
    await page.locator('#as-of-count').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.csv').click()]);
    expect(download.suggestedFilename()).toBe('diachi-units-2000-01-01.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,kind,established,dissolved,slug');
    expect(lines.length).toBe(1 + 61);
    // Each row as the API gives it: dates in EDTF, at their own precision.
    const { province } = await expectData<{ province: { established: { edtf: string }; dissolved: { edtf: string } } }, object>(
      `{ province(id: "vinh-long-1992") { established { edtf } dissolved { edtf } } }`,
    );
    expect(lines).toContain(`Vĩnh Long,PROVINCE,${province.established.edtf},${province.dissolved.edtf},vinh-long-1992`);
    await page.close();
  });

  it('shows offices and people with their posts over time', async () => {
    const data = await expectData<
      {
        offices: {
          edges: Array<{
            node: {
              slug: string;
              name: string;
              tenures: { totalCount: number; edges: Array<{ node: { person: { slug: string; name: string } } }> };
            };
          }>;
        };
      },
      object
    >(`{ offices(first: 100) { edges { node { slug name tenures(first: 1) { totalCount edges { node { person { slug name } } } } } } } }`);
    const office = data.offices.edges.map((e) => e.node).find((o) => o.tenures.totalCount > 0)!;
    const page = await open(`/office/${office.slug}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(office.name);
    expect(await page.locator('.part-holders ol.tenures > li').count()).toBe(office.tenures.totalCount);
    const person = office.tenures.edges[0]!.node.person;
    await page.locator(`.part-holders a[href="/person/${person.slug}"]`).first().click();
    await page.waitForURL(`${baseUrl}/person/${person.slug}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(person.name);
    expect(await page.locator('.part-posts ol.tenures > li').count()).toBeGreaterThan(0);
    expect(await page.locator('details.neo4j pre.cypher').textContent()).toBe(
      `MATCH (n:Person {id: '${person.slug}'})-[r]-(m)\nRETURN n, r, m`,
    );
    await page.close();
  });

  it('switches to English and keeps dates at their precision', async () => {
    const page = await open('/unit/cuu-long');
    await page.locator('h1').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('February 1976');
    expect(await page.locator('.tabs').textContent()).toContain('Timeline');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('tháng 2 năm 1976');
    await page.close();
  });

  it('says when nothing is found, and when a unit does not exist', async () => {
    const page = await open('/?q=zzzzqqq');
    await expect.poll(() => page.locator('.results').textContent()).toContain('Không tìm thấy kết quả nào.');
    await page.goto(`${baseUrl}/unit/no-such-unit`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('Không tìm thấy mục này.');
    await page.close();
  });

  it('shows a message, not a blank page, when the database is down', async () => {
    // A second real diachi app whose driver points at a port where no Neo4j listens.
    const deadPort = await findFreePort();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${deadPort}`, username: 'neo4j', password: 'unused-password' });
    const httpServer = http.createServer();
    const apollo = createApolloServer({ httpServer, introspection: false, exposeInternals: false, queryStats: false });
    await apollo.start();
    httpServer.on(
      'request',
      createApp({
        apollo,
        db: new Database(driver, 'neo4j'),
        corsOrigins: [],
        bodyLimit: '100kb',
        bodyTimeoutMs: 10_000,
        graphiql: false,
        publicUrl: 'http://127.0.0.1',
        explorer: { projectRoot },
        // Readiness says nothing here, so the explorer meets the dead database through the API itself.
        checkReady: async () => ({ ready: true }),
        knownReadiness: () => ({ ready: true }),
      }),
    );
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const port = (httpServer.address() as AddressInfo).port;
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/unit/cuu-long`);
      const alert = page.locator('[role="alert"]');
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toContain('Cơ sở dữ liệu tạm thời không trả lời');
      expect(await alert.getByRole('button', { name: 'Thử lại' }).count()).toBe(1);
      await page.close();
    } finally {
      await apollo.stop();
      await driver.close();
    }
    // The browser logs the failed (503) requests as console errors; they are expected here only.
    browser.consoleErrors.splice(
      0,
      browser.consoleErrors.length,
      ...browser.consoleErrors.filter((e) => !e.startsWith(`http://127.0.0.1:${port}/`)),
    );
  });

  it('made no request to any host but 127.0.0.1, and logged no console error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
