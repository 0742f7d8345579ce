import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';

/** An ISO YYYY-MM-DD day as a Neo4j DATE, so range indexes and Neo4j Browser see real dates. */
export function neo4jDate(iso: string): Neo4jDate<number> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
