import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXPORT_FILES } from '../../src/export/exportFiles.js';
import { expectData } from '../helpers/graphql.js';
import { unmappedKeys, validateLinkedPlaces } from '../helpers/linkedPlacesSchema.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

const run = promisify(execFile);
const PUBLIC_URL = 'http://localhost:4000'; // the default DIACHI_PUBLIC_URL: the tests' server sets none

const fetchExport = async (name: string) => {
  const response = await fetch(`${inject('baseUrl')}/exports/${name}`);
  expect(response.status, name).toBe(200);
  // Bytes, not response.text(): a TextDecoder drops the byte-order mark the CSV files must carry.
  const bytes = Buffer.from(await response.arrayBuffer());
  return { type: response.headers.get('content-type'), bytes, text: bytes.toString('utf8') };
};
const readCsv = (text: string) => parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
const blankToNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});
const cypher = <T>(query: string) => testDatabase(driver).read<T>(query);

describe('exports', () => {
  it('lists every export in GET /exports and in about.exports, and serves each with its media type', async () => {
    const index = (await (await fetch(`${inject('baseUrl')}/exports`)).json()) as { files: Array<{ name: string; url: string }> };
    expect(index.files.map((f) => f.name)).toEqual(EXPORT_FILES.map((f) => f.name));
    const { about } = await expectData<
      { about: { exports: Array<{ name: string; url: string; mediaType: string; format: string }> } },
      never
    >('{ about { exports { name url mediaType format } } }');
    expect(about.exports.map((e) => e.url)).toEqual(index.files.map((f) => f.url));
    for (const file of about.exports) {
      const response = await fetch(`${inject('baseUrl')}${file.url}`);
      expect(response.status, file.url).toBe(200);
      expect(response.headers.get('content-type'), file.url).toContain(file.mediaType.split(';')[0]);
    }
  });

  it('serves every CSV file as UTF-8 with a byte-order mark, so spreadsheets show Vietnamese', async () => {
    for (const file of EXPORT_FILES.filter((f) => f.format === 'CSV')) {
      expect([...(await fetchExport(file.name)).bytes.subarray(0, 3)], file.name).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('answers an unknown export with a JSON 404 that says where the list is', async () => {
    const response = await fetch(`${inject('baseUrl')}/exports/units.xlsx`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No export is called "units.xlsx". GET /exports lists them.' },
    });
  });

  it('serves a Linked Places document that passes the schema, with one feature per unit and every key mapped', async () => {
    const document = JSON.parse((await fetchExport('diachi.lpf.json')).text) as {
      features: Array<Record<string, unknown> & { properties: { slug: string } }>;
    };
    expect(validateLinkedPlaces(document)).toEqual([]);
    expect(unmappedKeys(document, PUBLIC_URL)).toEqual([]);
    const units = (await cypher<{ units: number }>('MATCH (n:Province) RETURN count(n) AS units'))[0]!.units;
    expect(document.features).toHaveLength(units);
    expect(new Set(document.features.map((f) => f['@id'])).size).toBe(units);
    const bacKan = document.features.find((f) => f.properties.slug === 'bac-kan-1997')!;
    expect(bacKan['links']).toEqual([expect.objectContaining({ type: 'closeMatch', identifier: 'wd:Q36404' })]);
    expect(bacKan['geometry']).toBeNull();
  });

  it('round-trips units.csv: every row read back equals the unit in the graph, dates and citations included', async () => {
    const rows = readCsv((await fetchExport('units.csv')).text);
    const graph = await cypher<Record<string, unknown>>(`
      MATCH (n:Province)
      RETURN n.id AS id, n.name AS name, coalesce(n.otherNames, []) AS otherNames, n.kind AS kind,
        n.established AS established, toString(n.establishedEarliest) AS establishedEarliest, toString(n.establishedLatest) AS establishedLatest,
        n.dissolved AS dissolved, toString(n.dissolvedEarliest) AS dissolvedEarliest, toString(n.dissolvedLatest) AS dissolvedLatest,
        n.operatingEstablished AS operatingEstablished, n.operatingDissolved AS operatingDissolved,
        coalesce(n.current, false) AS current, n.seat AS seat, n.gsoCode AS gsoCode, n.confidence AS confidence, n.notes AS notes,
        COLLECT { MATCH (e:ExternalId {scheme: 'wikidata'})-[:IDENTIFIES]->(n) RETURN e.value }[0] AS wikidata,
        COLLECT { MATCH (n)-[r:ATTESTED_BY]->(s:Source) WITH s, min(r.position) AS first RETURN s.id ORDER BY first } AS sources
      ORDER BY id`);
    expect(
      rows.map((row) => ({
        id: row['id'],
        name: row['name'],
        otherNames: row['other_names'] ? row['other_names'].split(' | ') : [],
        kind: row['kind'],
        established: blankToNull(row['established']),
        establishedEarliest: blankToNull(row['established_earliest']),
        establishedLatest: blankToNull(row['established_latest']),
        dissolved: blankToNull(row['dissolved']),
        dissolvedEarliest: blankToNull(row['dissolved_earliest']),
        dissolvedLatest: blankToNull(row['dissolved_latest']),
        operatingEstablished: blankToNull(row['operating_established']),
        operatingDissolved: blankToNull(row['operating_dissolved']),
        current: row['current'] === 'true',
        seat: blankToNull(row['seat']),
        gsoCode: blankToNull(row['gso_code']),
        confidence: row['confidence'],
        notes: blankToNull(row['notes']),
        wikidata: blankToNull(row['wikidata']),
        sources: row['sources'] ? row['sources'].split(' | ') : [],
      })),
    ).toEqual(graph);
  });

  it('round-trips the other tables: the same records, fields and citations as the graph', async () => {
    const ids = async (label: string) =>
      (await cypher<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => r.id);
    const sorted = (values: string[]) => [...values].sort();
    const csv = async (name: string) => readCsv((await fetchExport(name)).text);
    expect(sorted((await csv('changes.csv')).map((r) => r['id']!))).toEqual(await ids('Change'));
    expect(sorted((await csv('offices.csv')).map((r) => r['id']!))).toEqual(await ids('Office'));
    expect(sorted((await csv('people.csv')).map((r) => r['id']!))).toEqual(await ids('Person'));
    expect(sorted((await csv('sources.csv')).map((r) => r['id']!))).toEqual(await ids('Source'));

    const tenures = await csv('tenures.csv');
    const graphTenures = await cypher<Record<string, unknown>>(`
      MATCH (p:Person)-[:HELD]->(n:Tenure)-[:AT]->(at)
      RETURN n.id AS id, p.id AS person, n.title AS title, at.id AS at, n.start AS start, toString(n.startEarliest) AS startEarliest, n.end AS end ORDER BY id`);
    expect(
      tenures.map((r) => ({
        id: r['id'],
        person: r['person_id'],
        title: r['title'],
        at: r['at_id'],
        start: blankToNull(r['start']),
        startEarliest: blankToNull(r['start_earliest']),
        end: blankToNull(r['end']),
      })),
    ).toEqual(graphTenures);

    const citations = await csv('citations.csv');
    const graphCitations = await cypher<Record<string, unknown>>(`
      MATCH (x:Province|Change|Office|Person|Tenure|ExternalId)-[r:ATTESTED_BY]->(s:Source)
      RETURN x.id AS record, s.id AS source, r.position AS position, r.quote AS quote ORDER BY record, position`);
    expect(
      citations.map((r) => ({
        record: r['record_id'],
        source: r['source_id'],
        position: Number(r['position']),
        quote: blankToNull(r['quote']),
      })),
    ).toEqual(graphCitations);

    const members = await csv('change_members.csv');
    // Ended and continued members point into their change; members that began come out of it.
    const memberships = (
      await cypher<{ memberships: number }>(
        'RETURN COUNT { (:Entity)-[:CHANGED_IN]->(:Change) } + COUNT { (:Change)-[:RESULTED_IN {created: true}]->(:Entity) } AS memberships',
      )
    )[0]!.memberships;
    const flows = (await cypher<{ flows: number }>('RETURN COUNT { ()-[:FLOWED]->() } AS flows'))[0]!.flows;
    expect(await csv('change_flows.csv')).toHaveLength(flows);
    expect(members).toHaveLength(memberships);
  });

  it('npm run export writes the same files the server serves', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'diachi-export-'));
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', '--out', out], {
        env: {
          ...process.env,
          NEO4J_URI: inject('boltUri'),
          NEO4J_PASSWORD: inject('neo4jPassword'),
          DIACHI_SEED_ON_START: 'false',
          NODE_ENV: 'test',
        },
        timeout: 120_000,
      });
      expect(stdout).toContain(`Wrote ${EXPORT_FILES.length} files`);
      expect((await readdir(out)).sort()).toEqual(EXPORT_FILES.map((f) => f.name).sort());
      for (const file of EXPORT_FILES) {
        expect((await readFile(path.join(out, file.name))).equals((await fetchExport(file.name)).bytes), file.name).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('npm run export refuses an unknown option instead of running', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', '--outt', 'x'], { timeout: 60_000 }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("Unknown option '--outt'");
    expect(failure?.stderr).toContain('Usage: npm run export');
  });
});
