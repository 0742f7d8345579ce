import { GraphQLError } from 'graphql';

/** One identity that bore a name: what a client needs to pick the one it meant. */
export interface NameCandidate {
  readonly slug: string;
  readonly name: string;
  readonly established: string | null;
  readonly dissolved: string | null;
}

/**
 * A unit asked for by name (or by a slug that is only a name, such as "vinh-long") that names no
 * single identity on the day asked: `AMBIGUOUS_NAME` when several bore it, `NOT_FOUND` when none
 * did then. Either way the candidates (every identity that ever bore the name) are listed, so a
 * historian who does not know the `-1992` suffix learns it from the error.
 */
export class NameNotResolvedError extends GraphQLError {
  constructor(code: 'AMBIGUOUS_NAME' | 'NOT_FOUND', what: string, candidates: readonly NameCandidate[]) {
    const list = candidates.map((c) => `${c.slug} (${c.established ?? '…'} – ${c.dissolved ?? '…'})`).join(', ');
    const message =
      code === 'AMBIGUOUS_NAME'
        ? `Expected ${what} to name one provincial-level unit, but ${candidates.length} did: ${list}. Ask by slug, or give "on".`
        : `Expected ${what} to name a provincial-level unit${candidates.length ? ' on that day' : ''}, but none did${candidates.length ? `; units of that name: ${list}` : ''}.`;
    super(message, { extensions: { code, candidates } });
  }
}
