import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCsvTables, CSV_TABLES, type CsvTable } from './buildCsvTables.js';
import { buildLinkedPlaces } from './buildLinkedPlaces.js';
import type { ExportSnapshot } from './ExportSnapshot.js';

/** Where the server serves the exports; `about.exports` links there. */
export const EXPORTS_PATH = '/exports';

export type ExportFormat = 'LINKED_PLACES' | 'CSV' | 'JSON_LD_CONTEXT';

export interface ExportFile {
  readonly name: string;
  readonly format: ExportFormat;
  readonly mediaType: string;
  readonly description: string;
}

const CSV_DESCRIPTIONS: Record<CsvTable, string> = {
  units: 'Provincial-level units, one row per identity, with their lifetime and Wikidata id.',
  changes: 'Changes (mergers, splits, re-establishments, renames…), one row per change, with its dates.',
  change_members: 'What happened to each unit in each change: ended, began or continued.',
  change_flows: 'Where territory went in each change: from one unit to another, whole or part.',
  offices: 'Provincial and central offices, one row per office.',
  people: 'People who held posts, one row per person, with their Wikidata id.',
  tenures: 'Who held which title where, from when to when, one row per tenure.',
  sources: 'Every source the graph cites.',
  citations: 'Which source attests which record, with the quoted words.',
};

/** The vendored Linked Places JSON-LD context (v1.1), served so no reader has to fetch it elsewhere. */
export const LPF_CONTEXT_FILE = 'linkedplaces-context-v1.1.jsonld';

/** Every file the exports consist of, in the order they are listed. */
export const EXPORT_FILES: readonly ExportFile[] = [
  {
    name: 'diachi.lpf.json',
    format: 'LINKED_PLACES',
    mediaType: 'application/geo+json',
    description: 'Every unit as a Linked Places FeatureCollection (GeoJSON-LD), the format World Historical Gazetteer ingests.',
  },
  ...CSV_TABLES.map((table) => ({
    name: `${table}.csv`,
    format: 'CSV' as const,
    mediaType: 'text/csv; charset=utf-8',
    description: CSV_DESCRIPTIONS[table],
  })),
  {
    name: LPF_CONTEXT_FILE,
    format: 'JSON_LD_CONTEXT',
    mediaType: 'application/ld+json',
    description: 'The Linked Places JSON-LD context, v1.1, vendored from the format’s specification.',
  },
];

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'lpf');

/** The content of every export file for one snapshot, by file name. */
export function renderExports(snapshot: ExportSnapshot, publicUrl: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('diachi.lpf.json', `${JSON.stringify(buildLinkedPlaces(snapshot, publicUrl), null, 2)}\n`);
  const tables = buildCsvTables(snapshot);
  for (const table of CSV_TABLES) files.set(`${table}.csv`, tables[table]);
  files.set(LPF_CONTEXT_FILE, readFileSync(path.join(docsDir, LPF_CONTEXT_FILE), 'utf8'));
  return files;
}
