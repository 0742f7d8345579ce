import neo4j, { type Driver } from 'neo4j-driver';
import { median } from '../measure.js';
import type { CapturedStatement } from './BoltClientReader.js';
import type { BoltProxy } from './BoltProxy.js';
import { sumDbHits, type PlanNode } from './sumDbHits.js';

/** What one operation costs Neo4j, whoever asked: the statements sent, their db hits and the bytes sent back. */
export interface OperationCost {
  readonly statements: number;
  /** The sum of every captured statement's db hits, from PROFILE. */
  readonly db_hits: number;
  /** Bytes Neo4j sent for the operation on the wire (median of the captures). */
  readonly bytes: number;
  /** The statements as captured, for anyone who wants to PROFILE them again. */
  readonly cypher: string[];
}

const CAPTURES = 3;
const MAX_TRIES = 40;

/**
 * Asks a server (pointed at `proxy`) for one operation at a time and reads its traffic off the
 * wire. `ask` sends the request and says how many statements it should make (diachi reports its
 * round trips); a capture holding any other number is dropped and taken again, since a server may
 * send statements of its own now and then (diachi's readiness poll every 2 s, its query-cache
 * warm-up after a start). Then every captured statement is run again under PROFILE through
 * `driver`, with the parameters it was sent with, and its db hits are summed over the plan.
 */
export async function measureCost(
  proxy: BoltProxy,
  driver: Driver,
  ask: () => Promise<number>,
): Promise<{ cost: OperationCost; captured: CapturedStatement[] }> {
  const captures: Array<{ bytes: number; statements: CapturedStatement[] }> = [];
  for (let tries = 0; captures.length < CAPTURES; tries += 1) {
    if (tries >= MAX_TRIES)
      throw new Error(`Could not capture a clean operation in ${MAX_TRIES} tries (other statements kept interleaving).`);
    const mark = proxy.mark();
    const expected = await ask();
    const traffic = proxy.since(mark);
    if (traffic.statements.length === expected) captures.push({ bytes: traffic.bytesFromServer, statements: traffic.statements });
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const statements = captures.at(-1)!.statements;
  let dbHits = 0;
  for (const statement of statements) dbHits += await profileDbHits(driver, statement);
  const cost = {
    statements: statements.length,
    db_hits: dbHits,
    bytes: median(captures.map((c) => c.bytes)),
    cypher: statements.map((s) => s.cypher),
  };
  // The statements with their parameters, to be replayed (the report keeps only their texts).
  return { cost, captured: statements };
}

/** PROFILE goes before the statement, after any leading `CYPHER …` options line (as @neo4j/graphql writes). */
export function profiled(cypher: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/i.exec(cypher);
  return options ? `${options[0]}PROFILE ${cypher.slice(options[0].length)}` : `PROFILE ${cypher}`;
}

async function profileDbHits(driver: Driver, { cypher, params }: CapturedStatement): Promise<number> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(profiled(cypher), params);
    return sumDbHits(result.summary.profile as PlanNode | false);
  } finally {
    await session.close();
  }
}
