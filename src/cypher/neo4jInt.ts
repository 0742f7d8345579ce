import neo4j, { type Integer } from 'neo4j-driver';

/** A JavaScript number as a Cypher INTEGER: the driver sends plain numbers as FLOAT, which SKIP and LIMIT refuse. */
export function neo4jInt(value: number): Integer {
  return neo4j.int(value);
}
