import { GraphQLError } from 'graphql';

/** Neo4j could not be reached. Clients may retry; nothing about the driver is exposed. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('The graph database is unavailable right now. Try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}
