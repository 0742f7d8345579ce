import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { SeedProblem } from './SeedProblem.js';

/** The seed files, in load order: a record may only refer to records of its own or earlier files. */
export const SEED_FILES = ['sources', 'provinces', 'changes', 'offices', 'people', 'tenures', 'events'] as const;
export type SeedKind = (typeof SEED_FILES)[number];

/** One YAML mapping from a seed file, with what is needed to point an editor at it. */
export interface RawRecord {
  readonly kind: SeedKind;
  readonly file: string;
  readonly line: number;
  readonly data: unknown;
  /** The line of a field (or nested path) of this record, falling back to the record's line. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface SeedFiles {
  readonly records: RawRecord[];
  /** Seed article texts by file name (seeds/documents/), NFC-normalised. */
  readonly documents: ReadonlyMap<string, string>;
  readonly problems: SeedProblem[];
  /** Files that could not be read as a list of records: references into them are not checked. */
  readonly unreadable: ReadonlySet<SeedKind>;
}

/** Reads and parses every seed file, collecting YAML problems instead of stopping at the first. */
export function readSeedFiles(seedsDir: string, projectRoot: string): SeedFiles {
  const problems: SeedProblem[] = [];
  const records: RawRecord[] = [];
  const unreadable = new Set<SeedKind>();
  for (const kind of SEED_FILES) {
    const files = seedFilesOf(seedsDir, kind);
    if (files.length === 0) {
      const file = path.relative(projectRoot, path.join(seedsDir, `${kind}.yaml`));
      problems.push({ file, line: 1, message: `Expected the seed file ${file} to exist, but it is missing.` });
      unreadable.add(kind);
      continue;
    }
    for (const absolute of files) {
      const file = path.relative(projectRoot, absolute);
      if (!readOneFile(kind, absolute, file, records, problems)) unreadable.add(kind);
    }
  }

  const documents = new Map<string, string>();
  const documentsDir = path.join(seedsDir, 'documents');
  if (existsSync(documentsDir)) {
    for (const entry of readdirSync(documentsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()) {
      documents.set(entry, readFileSync(path.join(documentsDir, entry), 'utf8').normalize('NFC'));
    }
  }
  return { records, documents, problems, unreadable };
}

/**
 * The files holding one kind of record: `seeds/<kind>.yaml`, then every `seeds/<kind>/*.yaml` in
 * name order. A folder lets editors (and parallel reviews) keep records of one region or one source
 * in a file of their own without touching a shared file; ids stay unique across all of them.
 */
function seedFilesOf(seedsDir: string, kind: SeedKind): string[] {
  const files: string[] = [];
  const single = path.join(seedsDir, `${kind}.yaml`);
  if (existsSync(single)) files.push(single);
  const folder = path.join(seedsDir, kind);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const entry of readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .sort()) {
      files.push(path.join(folder, entry));
    }
  }
  return files;
}

/** Parses one seed file into records; false when the file cannot be read as a list of records. */
function readOneFile(kind: SeedKind, absolute: string, file: string, records: RawRecord[], problems: SeedProblem[]): boolean {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  for (const error of doc.errors) {
    problems.push({ file, line: lineAt(error.pos[0]), message: `Invalid YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return false;
  if (doc.contents === null) return true; // an empty file holds no records
  if (!isSeq(doc.contents)) {
    problems.push({
      file,
      line: lineAt(doc.contents.range?.[0]),
      message: 'Expected the file to be a YAML list of records (each starting with "- id: …"), but got something else.',
    });
    return false;
  }
  doc.contents.items.forEach((item, index) => {
    const node = item as YamlNode;
    const line = lineAt(node.range?.[0]);
    records.push({
      kind,
      file,
      line,
      data: (node as YamlNode & { toJS(doc: Document): unknown }).toJS(doc),
      lineOf: (fieldPath) => lineOfPath(doc, [index, ...fieldPath], lineAt) ?? line,
    });
  });
  return true;
}

function lineOfPath(doc: Document, fieldPath: Array<string | number>, lineAt: (offset: number | undefined) => number) {
  // Walk as far down the path as the document goes, so a problem deep inside a missing value
  // still points at its nearest existing parent.
  for (let depth = fieldPath.length; depth > 0; depth--) {
    const node = doc.getIn(fieldPath.slice(0, depth), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}
