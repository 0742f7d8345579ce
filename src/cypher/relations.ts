import { OFFICE_ORDER, TENURE_ORDER } from './projections.js';

// Each relation that several queries follow, defined once: the pattern from its owner to the
// related node `n` (and, for citations, the relationship `r`), and the order its items are listed
// in. The loaders' batch queries (entityQueries.ts), the provinces page's look-ahead
// (prefetchQueries.ts) and the timeline (timelineQueries.ts) all build on these, so the three
// cannot drift apart: a loader primed by the look-ahead answers exactly what its own query would.

export interface Relation {
  /** The pattern from `owner` (a variable, or a variable with its label) to `n`. */
  readonly pattern: (owner: string) => string;
  /** The ORDER BY terms of the related items. */
  readonly order: string;
}

/** A province's offices, by name. */
export const OFFICES_OF_PROVINCE: Relation = {
  pattern: (province) => `(n:Office)-[:OFFICE_OF]->(${province})`,
  order: OFFICE_ORDER,
};

/** Tenures held at a place (an office or a provincial body), by start, unknown starts last. */
export const TENURES_AT_PLACE: Relation = {
  pattern: (place) => `(n:Tenure)-[:AT]->(${place})`,
  order: TENURE_ORDER,
};

/** Tenures a person held, in the same order. */
export const TENURES_OF_PERSON: Relation = {
  pattern: (person) => `(${person})-[:HELD]->(n:Tenure)`,
  order: TENURE_ORDER,
};

/** The sources cited for a fact (`r` carries the quote), in the order the seed lists them. */
export const CITATIONS_OF: Relation = {
  pattern: (owner) => `(${owner})-[r:ATTESTED_BY]->(n:Source)`,
  order: 'r.position',
};
