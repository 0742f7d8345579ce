import { GraphQLError } from 'graphql';

/** A well-formed id that names nothing in the graph, where an answer needs the entity to exist. */
export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`Expected ${what} with id "${id}", but there is none in the graph.`, {
      extensions: { code: 'NOT_FOUND', id },
    });
  }
}
