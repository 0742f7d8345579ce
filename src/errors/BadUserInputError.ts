import { GraphQLError } from 'graphql';

/** The request asked for something malformed: a bad date, page size, cursor or id. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) } });
  }
}
