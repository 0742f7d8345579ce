import {
  EXPORT_CHANGES,
  EXPORT_CITATIONS,
  EXPORT_EXTERNAL_IDS,
  EXPORT_OFFICES,
  EXPORT_PEOPLE,
  EXPORT_PROVINCES,
  EXPORT_SOURCES,
  EXPORT_TENURES,
} from '../cypher/exportQueries.js';
import { LAST_LOAD, SEEDS_DATASET } from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import type { ExportCitation, ExportExternalId, ExportSnapshot } from '../export/ExportSnapshot.js';

/** Reads the whole graph for the exports. */
export class ExportRepository {
  constructor(private readonly db: Database) {}

  /** The stamp of the last complete load, which changes whenever the graph's content does. */
  async loadStamp(): Promise<string | null> {
    const [row] = await this.db.read<{ stamp: string | null }>(LAST_LOAD, { dataset: SEEDS_DATASET });
    return row?.stamp ?? null;
  }

  async snapshot(): Promise<ExportSnapshot> {
    const records = <T>(cypher: string) => this.db.read<{ record: T }>(cypher).then((rows) => rows.map((row) => row.record));
    const [provinces, changes, offices, people, tenures, sources, citations, externalIds] = await Promise.all([
      records<ExportSnapshot['provinces'][number]>(EXPORT_PROVINCES),
      records<ExportSnapshot['changes'][number]>(EXPORT_CHANGES),
      records<ExportSnapshot['offices'][number]>(EXPORT_OFFICES),
      records<ExportSnapshot['people'][number]>(EXPORT_PEOPLE),
      records<ExportSnapshot['tenures'][number]>(EXPORT_TENURES),
      records<ExportSnapshot['sources'][number]>(EXPORT_SOURCES),
      this.db.read<ExportCitation>(EXPORT_CITATIONS),
      this.db.read<ExportExternalId>(EXPORT_EXTERNAL_IDS),
    ]);
    return { provinces, changes, offices, people, tenures, sources, citations, externalIds };
  }
}
