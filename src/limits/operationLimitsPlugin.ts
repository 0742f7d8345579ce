import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { priceOperation, type CostModel } from './priceOperation.js';

/**
 * Checks what validation cannot see: the operation's type and its price with the request's
 * variables. Both run in didResolveOperation, after validation and before execution, so a refused
 * request costs Neo4j nothing.
 */
export function operationLimitsPlugin(options: CostModel & { readonly maxCost: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          // The schema has no Mutation or Subscription type, but graphql-js 16 validates only the
          // selections, and the executor's "not configured" error would surface as an internal one.
          if (operation && operation.operation !== 'query') {
            throw limitError(
              `Expected a query operation, but got a ${operation.operation}: diachi is read-only and has no ${operation.operation} type.`,
            );
          }
          let cost: number;
          try {
            cost = priceOperation(schema, document, request, options);
          } catch {
            // Variables that do not coerce: execution reports them as BAD_USER_INPUT, with no work done.
            return;
          }
          if (cost > options.maxCost) {
            throw limitError(
              `Expected a query costing at most ${options.maxCost}, but this one costs ${Math.round(cost)} ` +
                '(every list counts its page size: `first`, or its default). Ask for smaller pages or fewer nested lists.',
            );
          }
        },
      };
    },
  };
}

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
