import type { Availability } from '../db/Availability.js';
import type { Database } from '../db/Database.js';
import type { ErrorCode } from '../errors/errorCodes.js';
import { seedLoadInProgress } from '../seed/seedGraph.js';

/** Whether the graph can be served, and if not, the coded reason clients and /ready are given. */
export type Readiness = { readonly ready: true } | { readonly ready: false; readonly code: ErrorCode; readonly reason: string };

export interface ReadinessWatch {
  /** The last known state, at no cost: consulted before every GraphQL request. */
  known(): Readiness;
  /** Asks Neo4j now (one small read): /ready. */
  check(): Promise<Readiness>;
  stop(): void;
}

/**
 * Watches what makes the graph unfit to serve: Neo4j not answering (from the request path's
 * circuit breaker) and a seed load that began and has not finished (its mark in the graph, read
 * every `intervalMs`), so a graph left partial by a killed load is never served as if complete.
 */
export function watchReadiness(db: Database, availability: Availability, intervalMs = 2_000): ReadinessWatch {
  let loadingSince: string | null = null;
  const known = (): Readiness => {
    if (!availability.isUp)
      return { ready: false, code: 'DATABASE_UNAVAILABLE', reason: 'Neo4j does not answer right now; retry shortly.' };
    if (loadingSince) {
      return {
        ready: false,
        code: 'GRAPH_INCOMPLETE',
        reason: `A seed load began at ${loadingSince} and has not finished, so the graph may be partial. It is being loaded, or the load was interrupted: the next start (or \`npm run seed\`) completes it.`,
      };
    }
    return { ready: true };
  };
  const check = async (): Promise<Readiness> => {
    try {
      loadingSince = await seedLoadInProgress(db);
    } catch {
      if (availability.isUp)
        return { ready: false, code: 'DATABASE_UNAVAILABLE', reason: 'Neo4j does not answer right now; retry shortly.' };
    }
    return known();
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  void check();
  return { known, check, stop: () => clearInterval(timer) };
}
