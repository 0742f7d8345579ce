import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Context } from './context.js';
import { createFormatError } from './errors/formatError.js';
import { loadTypeDefs } from './loadTypeDefs.js';
import { resolvers } from './resolvers/index.js';

export interface ServerOptions {
  readonly httpServer: Server;
  readonly introspection: boolean;
  readonly exposeInternals: boolean;
  /** Adds `extensions.diachi.cypherRoundTrips` to responses (tests and benchmarks read it). */
  readonly queryStats: boolean;
  readonly log?: (error: unknown) => void;
}

/**
 * The request limits, from graphql-armor (a maintained set of validation rules) rather than
 * hand-written ones. They are sized for the deepest query the schema invites
 * (provinces → offices → tenures → person, through connections) with room to spare.
 */
export const REQUEST_LIMITS = {
  maxDepth: 12,
  maxCost: 20000,
  // graphql-armor weighs each level 1.5× the one above by default, which prices the nested
  // provinces → offices → tenures → person query (the API's reason to exist) at 113,000.
  costDepthFactor: 1.2,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
} as const;

export function createApolloServer(options: ServerOptions): ApolloServer<Context> {
  const armor = new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost, depthCostFactor: REQUEST_LIMITS.costDepthFactor },
    maxAliases: { n: REQUEST_LIMITS.maxAliases },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    maxTokens: { n: REQUEST_LIMITS.maxTokens },
    // Field suggestions ("did you mean …?") help in development and leak the schema in production.
    blockFieldSuggestion: { enabled: !options.introspection },
  });
  const protection = armor.protect();
  const plugins: ApolloServerPlugin<Context>[] = [
    ...(protection.plugins as ApolloServerPlugin<Context>[]),
    ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
    // GraphiQL is served by createApp from local files; Apollo's landing page would load a CDN.
    ApolloServerPluginLandingPageDisabled(),
  ];
  if (options.queryStats) plugins.push(queryStatsPlugin);

  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // diachi owns shutdown (src/index.ts): drain HTTP, close the driver, stop Neo4j, in that order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: options.exposeInternals,
    formatError: createFormatError({
      exposeInternals: options.exposeInternals,
      log: options.log ?? ((error) => console.error(error)),
    }),
    plugins,
  });
}

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
