import { lineage, search, searchedType, searchIds, shortestPaths, type LineageDirection } from '../cypher/graphQueries.js';
import type { Database } from '../db/Database.js';
import type { RecordFields } from '../model/RecordFields.js';
import { typed } from './typed.js';
import type { EntityRecord, LineageFoundRecord, PathRecord, SearchHitRecord } from './records.js';

/**
 * Traversals and search: lineage, shortest paths, the full-text index. One round trip each, the
 * records found fetched with the keys `fields` names.
 */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  /** Null when no Province has the id. */
  async lineage(
    id: string,
    directions: readonly LineageDirection[],
    maxDepth: number,
    fields: RecordFields,
  ): Promise<LineageFoundRecord | null> {
    const [row] = await this.db.read<Omit<LineageFoundRecord, 'root'>>(lineage(id, directions, maxDepth, fields));
    if (row) {
      typed('Province', row.provinces);
      typed('Change', row.changes);
    }
    const root = row?.provinces.find((province) => province.id === id);
    return row && root ? { ...row, root } : null;
  }

  /** Empty when either end is missing or nothing connects them within `maxHops`. */
  async paths(
    from: string,
    to: string,
    options: { maxHops: number; viaSources: boolean; limit: number },
    fields: RecordFields,
  ): Promise<PathRecord[]> {
    const rows = await this.db.read<{
      nodes: string[];
      relationships: Array<{ type: string; from: string; to: string }>;
      records: EntityRecord[];
    }>(shortestPaths(from, to, options, fields));
    const byId = new Map(rows[0]?.records.map((record) => [record.id, record]));
    const recordOf = (id: string) => byId.get(id)!;
    return rows.map(({ nodes, relationships }) => ({
      nodes: nodes.map(recordOf),
      relationships: relationships.map((r) => ({ type: r.type, from: recordOf(r.from), to: recordOf(r.to) })),
    }));
  }

  search(query: string, types: readonly string[] | null, limit: number, fields: RecordFields): Promise<SearchHitRecord[]> {
    return this.db.read<{ score: number; record: EntityRecord }>(search(query, types, limit, fields)).then((rows) => {
      // A search of one type gets its records without the type name (graphQueries.ts).
      const only = searchedType(types);
      return rows.map(({ score, record }) => ({ score, node: only ? typed(only, [record])[0]! : record }));
    });
  }

  searchIds(query: string, types: readonly string[] | null, limit: number): Promise<string[]> {
    return this.db.read<{ id: string }>(searchIds(query, types, limit)).then((rows) => rows.map((row) => row.id));
  }
}
