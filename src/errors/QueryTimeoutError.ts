import { GraphQLError } from 'graphql';

/** A request made Neo4j work past the read timeout; the transaction was rolled back. */
export class QueryTimeoutError extends GraphQLError {
  constructor() {
    super('The query took too long in the graph database and was stopped. Ask for less: smaller pages or fewer nested lists.', {
      extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } },
    });
  }
}
