/**
 * A Cypher statement and its parameters: what every builder in cypher/ returns and what db/ runs.
 * Building one is pure, so tests/cypher/ snapshots each variant without a database.
 */
export interface Statement {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}
