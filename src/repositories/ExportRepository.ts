import {
  exportChanges,
  exportCitations,
  exportExternalIds,
  exportOffices,
  exportPeople,
  exportProvinces,
  exportSources,
  exportTenures,
} from '../cypher/exportQueries.js';
import { lastLoad, SEEDS_DATASET } from '../cypher/seedQueries.js';
import type { Statement } from '../cypher/Statement.js';
import type { Database } from '../db/Database.js';
import type { ExportCitation, ExportExternalId, ExportSnapshot } from '../export/ExportSnapshot.js';

/** Reads the whole graph for the exports. */
export class ExportRepository {
  constructor(private readonly db: Database) {}

  /** The stamp of the last complete load, which changes whenever the graph's content does. */
  async loadStamp(): Promise<string | null> {
    const [row] = await this.db.read<{ stamp: string | null }>(lastLoad(SEEDS_DATASET));
    return row?.stamp ?? null;
  }

  async snapshot(): Promise<ExportSnapshot> {
    const records = <T>(statement: Statement) => this.db.read<{ record: T }>(statement).then((rows) => rows.map((row) => row.record));
    const [provinces, changes, offices, people, tenures, sources, citations, externalIds] = await Promise.all([
      records<ExportSnapshot['provinces'][number]>(exportProvinces()),
      records<ExportSnapshot['changes'][number]>(exportChanges()),
      records<ExportSnapshot['offices'][number]>(exportOffices()),
      records<ExportSnapshot['people'][number]>(exportPeople()),
      records<ExportSnapshot['tenures'][number]>(exportTenures()),
      records<ExportSnapshot['sources'][number]>(exportSources()),
      this.db.read<ExportCitation>(exportCitations()),
      this.db.read<ExportExternalId>(exportExternalIds()),
    ]);
    return { provinces, changes, offices, people, tenures, sources, citations, externalIds };
  }
}
