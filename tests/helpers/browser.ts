import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`): a browser build is never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless, and quiet: no component updates, sync, QUIC or background requests that would leave
// the machine, so "no request leaves 127.0.0.1" is about the explorer alone.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  readonly context: BrowserContext;
  /** Every request the pages made whose host is not 127.0.0.1 (each was aborted). */
  readonly offHost: string[];
  /** Console errors and uncaught page errors. */
  readonly consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A fresh headless Chromium profile (its own --user-data-dir, deleted on close) that records and
 * aborts any request to a host other than 127.0.0.1, and records console errors.
 */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Expected Chromium at ${CHROMIUM} (apt-get install -y chromium), but it is not there.`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'diachi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    locale: 'vi-VN',
  });
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (
      (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') &&
      url.hostname !== '127.0.0.1'
    ) {
      offHost.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1' && !offHost.includes(url.href)) offHost.push(url.href);
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    offHost,
    consoleErrors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
