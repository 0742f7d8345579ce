/**
 * The request limits, in one place: docs/errors-and-limits.md lists them and the tests read them.
 *
 * maxCost is priced with variables and default page sizes (src/limits/priceOperation.ts). The
 * deepest query the schema invites, `provinces(first: 100)` → offices → tenures → person with the
 * default pages of 20, prices at about 3.0 million (measured with the tests' NestedProvinces and
 * "same nested answer" queries); the limit admits one such query and refuses two, and refuses the
 * probe of issue 9 (11 aliases of it) by far.
 */
export const REQUEST_LIMITS = {
  maxDepth: 12,
  maxCost: 5_000_000,
  objectCost: 2,
  scalarCost: 1,
  // graphql-armor's default weighs each level 1.5× the one above, which prices the nested
  // provinces → offices → tenures → person query (the API's reason to exist) out of reach.
  costDepthFactor: 1.2,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  /** search(text:), provinces(search:) and people(search:): characters and words. */
  maxSearchLength: 200,
  maxSearchWords: 20,
} as const;
