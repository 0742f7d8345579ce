import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../log/createLogger.js';
import { publicCodeOf } from './formatError.js';

/**
 * Logs, once each and with the request id, the errors formatError will mask as
 * INTERNAL_SERVER_ERROR. Client errors (a bad date, a refused limit) are the client's to read and
 * are not logged: during an outage they would flood the log (issue 9).
 */
export function internalErrorLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const requestId = request.http?.headers.get('x-request-id') ?? undefined;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (publicCodeOf(error)) continue;
            logger.error(
              { event: 'internal-error', requestId, operationName, path: error.path, err: unwrapResolverError(error) },
              'Masked an internal error.',
            );
          }
        },
      };
    },
  };
}
