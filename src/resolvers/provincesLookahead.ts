/**
 * The field paths below `provinces` whose data the page query fetches in the same round trip
 * (src/cypher/prefetchQueries.ts). They are names in the SDL: tests/unit/resolvers/
 * provincesLookahead.test.ts walks each one through schema/, so a renamed field fails a test
 * instead of silently turning the look-ahead off.
 */
export const PROVINCES_LOOKAHEAD = {
  sources: ['edges', 'node', 'sources'],
  offices: ['edges', 'node', 'offices'],
  tenures: ['edges', 'node', 'offices', 'edges', 'node', 'tenures'],
  people: ['edges', 'node', 'offices', 'edges', 'node', 'tenures', 'edges', 'node', 'person'],
} as const satisfies Record<string, readonly string[]>;
