import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';

// The guide and style sheet that diachi serves, played by the real Neo4j Browser (5.24, from
// neo4j/pom.xml) of the test Neo4j: proof that Browser accepts their format and that the local
// server's whitelist lets Browser fetch them from diachi.

const baseUrl = inject('baseUrl');
const neo4jHttpUrl = inject('neo4jHttpUrl');
const boltUri = inject('boltUri');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 1300, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('Neo4j Browser with diachi', () => {
  it('plays the guide in its drawer and loads the style sheet from diachi', async () => {
    const page = await browser.newPage();
    const bolt = new URL(boltUri);
    await page.goto(`${neo4jHttpUrl}/browser/?dbms=bolt://neo4j@${bolt.host}&preselectAuthMethod=NATIVE`);
    await page.locator('input[type="password"]').fill(inject('neo4jPassword'));
    await page.keyboard.press('Enter');
    await page.getByText('neo4j$').first().waitFor({ timeout: 30_000 });

    const run = async (command: string) => {
      await page.locator('.view-lines').first().click();
      await page.keyboard.type(command);
      await page.keyboard.press('Enter');
    };

    await run(`:guide ${baseUrl}/guide/diachi.html`);
    await page.getByText("Vietnam's provincial-level units and their offices").waitFor({ timeout: 20_000 });
    // The first slide's runnable query, and the slide pager (6 slides).
    await page.getByText('RETURN labels(n) AS labels').first().waitFor();
    expect(await page.getByText('Next').count()).toBeGreaterThan(0);

    await run(`:style ${baseUrl}/guide/diachi.grass`);
    await page.getByText('node.Province').first().waitFor({ timeout: 20_000 });
    expect(await page.getByText('Hostname is not allowed').count()).toBe(0);
    expect(await page.getByText('Could not parse grass').count()).toBe(0);
    await page.close();
  });
});
