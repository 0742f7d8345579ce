import { PROVINCE } from './projections.js';
import type { Statement } from './Statement.js';

/**
 * Provinces whose name or another name is, folded, exactly $name ("vinh long"), with their legal
 * and operating DEFINITE spans, for `province(name:, on:)`. searchText holds the folded names
 * joined by " · " (toGraphRows.ts).
 */
const PROVINCES_NAMED = `
MATCH (n:Province) WHERE $name IN split(n.searchText, ' · ')
RETURN n ${PROVINCE} AS record,
  { legalDefiniteFrom: toString(n.legalDefiniteFrom), legalDefiniteUntil: toString(n.legalDefiniteUntil),
    operatingDefiniteFrom: toString(n.operatingDefiniteFrom), operatingDefiniteUntil: toString(n.operatingDefiniteUntil) } AS spans
ORDER BY coalesce(n.establishedEarliest, date('0001-01-01')), n.id`;

/** Provinces that bore a name, folded as the search index folds it ("vinh long"). */
export const provincesNamed = (folded: string): Statement => ({ cypher: PROVINCES_NAMED, params: { name: folded } });
