// The peer: @neo4j/graphql v7 over the same graph, served by Apollo Server's standalone HTTP
// server on a free port. Its type definitions (bench/peer/schema.graphql) map the same labels and
// relationships diachi reads; every query is translated by the library into one Cypher statement.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { serveUntilParentLeaves } from './serveUntilParentLeaves.js';

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD!), {
  // The same pool size as diachi's driver (src/db/createDriver.ts).
  maxConnectionPoolSize: 100,
});
const typeDefs = readFileSync(new URL('../peer/schema.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
serveUntilParentLeaves(url, async () => {
  await server.stop();
  await driver.close();
});
