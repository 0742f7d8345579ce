/** The part of a PROFILE plan (neo4j-driver's ProfiledPlan) that db hits are read from. */
export interface PlanNode {
  readonly dbHits: number;
  readonly children: readonly PlanNode[];
}

/**
 * The db hits of a whole statement: each operator of a PROFILE plan reports its own, subqueries
 * included as children, so the statement's total is the sum over the tree.
 */
export function sumDbHits(plan: PlanNode | false | null | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}
