import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Context } from './context.js';
import { createFormatError } from './errors/formatError.js';
import { internalErrorLogPlugin } from './errors/internalErrorLogPlugin.js';
import { recordFieldsOf } from './graphql/recordFieldsOf.js';
import { operationLimitsPlugin } from './limits/operationLimitsPlugin.js';
import { REQUEST_LIMITS } from './limits/requestLimits.js';
import { silentLogger, type Logger } from './log/createLogger.js';
import { loadTypeDefs } from './loadTypeDefs.js';
import { resolvers } from './resolvers/index.js';

export { REQUEST_LIMITS };

export interface ServerOptions {
  readonly httpServer: Server;
  readonly introspection: boolean;
  readonly exposeInternals: boolean;
  /** Adds `extensions.diachi.cypherRoundTrips` to responses (tests and benchmarks read it). */
  readonly queryStats: boolean;
  readonly logger?: Logger;
}

/**
 * graphql-armor's rules (depth, aliases, directives) throw an error whose message starts with
 * "Syntax Error:", out of validation, where Apollo cannot code it. Reported through the validation
 * context instead, each becomes an ordinary GRAPHQL_VALIDATION_FAILED error (HTTP 400), with the
 * rule's own message minus a prefix that was never true.
 */
const reportLimit = (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes ?? null }));
};

export function createApolloServer(options: ServerOptions): ApolloServer<Context> {
  const logger = options.logger ?? silentLogger;
  const armor = new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth, propagateOnRejection: false, onReject: [reportLimit] },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, propagateOnRejection: false, onReject: [reportLimit] },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reportLimit] },
    // Priced after validation, with the variables (operationLimitsPlugin): armor's rule sees literals only.
    costLimit: { enabled: false },
    // graphql-js counts tokens itself (parseOptions below), and its error is an ordinary parse
    // error; armor's Apollo plugin re-parses in parsingDidStart, where any syntax error became a 500.
    maxTokens: { enabled: false },
    // Field suggestions ("did you mean …?") help in development and leak the schema in production.
    blockFieldSuggestion: { enabled: !options.introspection },
  });
  const protection = armor.protect();
  const plugins: ApolloServerPlugin<Context>[] = [
    ...(protection.plugins as ApolloServerPlugin<Context>[]),
    operationLimitsPlugin({
      maxCost: REQUEST_LIMITS.maxCost,
      objectCost: REQUEST_LIMITS.objectCost,
      scalarCost: REQUEST_LIMITS.scalarCost,
      depthCostFactor: REQUEST_LIMITS.costDepthFactor,
    }) as ApolloServerPlugin<Context>,
    internalErrorLogPlugin(logger) as ApolloServerPlugin<Context>,
    recordFieldsPlugin,
    ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
    // GraphiQL is served by createApp from local files; Apollo's landing page would load a CDN.
    ApolloServerPluginLandingPageDisabled(),
    // diachi sets no cache hints, so Apollo's cache-control plugin could only ever answer
    // "no-store" (createApp sends that header itself). Installed, it wraps every resolver in the
    // schema, default ones included, with a per-field hook: about a tenth of a nested page's CPU.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (options.queryStats) plugins.push(queryStatsPlugin);

  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    logger,
    introspection: options.introspection,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // diachi owns shutdown (src/index.ts): drain HTTP, close the driver, stop Neo4j, in that order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: options.exposeInternals,
    formatError: createFormatError({ exposeInternals: options.exposeInternals }),
    plugins,
  });
}

/**
 * Once the operation is known, and before any resolver runs, tells the request's statements which
 * record keys it can read (src/graphql/recordFieldsOf.ts): every loader and repository call of the
 * request projects records with them.
 */
const recordFieldsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, contextValue }) {
        if (operation) contextValue.records.fields = recordFieldsOf(schema, document, operation);
      },
    };
  },
};

const queryStatsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          diachi: { cypherRoundTrips: contextValue.queries.count },
        };
      },
    };
  },
};
