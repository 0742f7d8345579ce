import { COUNT_NODES_PER_LABEL } from '../cypher/aboutQueries.js';
import type { Database } from '../db/Database.js';

export interface LabelCountRecord {
  label: string;
  count: number;
}

export class AboutRepository {
  constructor(private readonly db: Database) {}

  countsPerLabel(): Promise<LabelCountRecord[]> {
    return this.db.read<{ label: string; count: number }>(COUNT_NODES_PER_LABEL).then((rows) =>
      rows.map(({ label, count }) => ({ label, count })),
    );
  }
}
