import { lineageLinks, SEARCH, shortestPaths } from '../cypher/graphQueries.js';
import type { Database } from '../db/Database.js';
import { neo4jInt } from '../db/neo4jInt.js';
import type { LineageLinkRecord, PathRecord, SearchHitRecord } from './records.js';

/** Traversals and search: lineage, shortest paths, the full-text index. */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  lineage(id: string, direction: 'PREDECESSORS' | 'SUCCESSORS', maxDepth: number): Promise<LineageLinkRecord[]> {
    return this.db.read<LineageLinkRecord>(lineageLinks(direction, maxDepth), { id });
  }

  async paths(from: string, to: string, options: { maxHops: number; viaSources: boolean; limit: number }): Promise<PathRecord[]> {
    const rows = await this.db.read<{
      nodes: PathRecord['nodes'];
      relationships: Array<{ type: string; from: string; to: string }>;
    }>(shortestPaths(options.maxHops, options.viaSources), { from, to, limit: neo4jInt(options.limit) });
    return rows.map(({ nodes, relationships }) => {
      const byId = new Map(nodes.map((node) => [node.id, node]));
      return {
        nodes,
        relationships: relationships.map((r) => ({ type: r.type, from: byId.get(r.from)!, to: byId.get(r.to)! })),
      };
    });
  }

  search(query: string, types: readonly string[] | null, limit: number): Promise<SearchHitRecord[]> {
    return this.db
      .read<{ id: string; type: SearchHitRecord['node']['type']; score: number }>(SEARCH, {
        query,
        types,
        limit: neo4jInt(limit),
        // The index answers before the type filter: ask it for enough candidates to fill the page.
        candidates: neo4jInt(types ? limit * 20 : limit),
      })
      .then((rows) => rows.map(({ id, type, score }) => ({ score, node: { id, type } })));
  }
}
