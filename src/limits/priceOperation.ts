import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export interface CostModel {
  /** What one object (a field with a selection set) costs before its children. */
  readonly objectCost: number;
  /** What one leaf field costs. */
  readonly scalarCost: number;
  /** Each level down weighs this much more than the one above it. */
  readonly depthCostFactor: number;
}

/**
 * The price of one operation, computed with the request's variables and the schema's default
 * argument values: `provinces(first: $n)` costs what `$n` says, and `offices` without `first`
 * costs its default page of 20. A price read from literals alone (as graphql-armor's rule does,
 * at validation time, before variables exist) let `first: $n` through at a price of 1 per level.
 *
 * The model is graphql-armor's, kept so the limit's meaning does not change: a list field costs
 * `(objectCost + depthCostFactor × children) × first`, a leaf costs `scalarCost`.
 * graphql-query-complexity walks the operation (fragments, @skip/@include with variables, the
 * widest member of an abstract type) so this file only states the model.
 */
export function priceOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { operationName?: string | null; variables?: Record<string, unknown> | null },
  model: CostModel,
): number {
  const estimator: ComplexityEstimator = ({ node, args, childComplexity }) => {
    if (!node.selectionSet) return model.scalarCost;
    const pageSize = pageSizeOf(args);
    return (model.objectCost + model.depthCostFactor * childComplexity) * pageSize;
  };
  return getComplexity({
    schema,
    query: document,
    estimators: [estimator],
    variables: request.variables ?? {},
    ...(request.operationName ? { operationName: request.operationName } : {}),
  });
}

function pageSizeOf(args: Record<string, unknown>): number {
  const size = args.first ?? args.last;
  return typeof size === 'number' && Number.isFinite(size) ? Math.max(1, size) : 1;
}
