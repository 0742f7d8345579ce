import type { Basis } from './existenceBounds.js';
import type { Certainty } from './existenceSpan.js';

export const BASES: readonly Basis[] = ['LEGAL', 'OPERATING'];
export const CERTAINTIES: readonly Certainty[] = ['DEFINITE', 'POSSIBLE'];

/**
 * The name of the graph property that stores one end of an existence span (existenceSpan.ts):
 * `spanProperty('LEGAL', 'DEFINITE', 'From')` is `legalDefiniteFrom`. The loader writes them, the
 * census and the Cypher filters (src/cypher/existedOn.ts) read them; names come from the enums only.
 */
export function spanProperty(basis: Basis, certainty: Certainty, end: 'From' | 'Until'): string {
  return `${basis.toLowerCase()}${certainty[0]}${certainty.slice(1).toLowerCase()}${end}`;
}
