// Constraints and indexes of the graph. Every statement is idempotent (IF NOT EXISTS), so they
// run on every start. Labels are literals written here, never user input.

export const ENTITY_LABELS = ['Source', 'Province', 'Change', 'Office', 'Person', 'Tenure', 'Event', 'Dispute', 'ExternalId'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The labels that the name search (full-text index) covers. */
export const SEARCHABLE_LABELS = ['Province', 'Office', 'Person', 'Event', 'Change', 'Source', 'Tenure'] as const;

export const SCHEMA_STATEMENTS: readonly string[] = [
  // Indexes replaced by later versions of this list; dropping them keeps old stores in step.
  'DROP INDEX entity_names IF EXISTS',
  // entity_search_v2 added Tenure (post titles, issue 11): an index's labels cannot be altered.
  'DROP INDEX entity_search IF EXISTS',
  ...ENTITY_LABELS.map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  // Every diachi node also carries :Entity, so a lookup by id alone (event subjects, paths,
  // timelines) is one index seek instead of a scan of every label.
  'CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)',
  // "As of" questions compare a day with interval bounds.
  'CREATE INDEX province_established IF NOT EXISTS FOR (n:Province) ON (n.establishedLatest)',
  'CREATE INDEX province_dissolved IF NOT EXISTS FOR (n:Province) ON (n.dissolvedEarliest)',
  // With province_dissolved, finds every unit that may have existed on a day for certain: those
  // dissolved after it, and the current ones (src/cypher/pageQueries.ts, PROVINCES_PAGE).
  'CREATE INDEX province_current IF NOT EXISTS FOR (n:Province) ON (n.current)',
  // The unit census: one seek by scope and year answers "how many units existed on this day".
  'CREATE INDEX unit_census IF NOT EXISTS FOR (c:UnitCensus) ON (c.scope, c.year)',
  'CREATE INDEX province_sort IF NOT EXISTS FOR (n:Province) ON (n.sortName)',
  'CREATE INDEX office_sort IF NOT EXISTS FOR (n:Office) ON (n.sortName)',
  'CREATE INDEX office_established IF NOT EXISTS FOR (n:Office) ON (n.establishedLatest)',
  'CREATE INDEX change_date IF NOT EXISTS FOR (n:Change) ON (n.dateEarliest)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)',
  'CREATE INDEX person_sort IF NOT EXISTS FOR (n:Person) ON (n.sortName)',
  // Names typed without diacritics must still match. searchText is stored already folded
  // (src/text/foldDiacritics.ts: "Đắk Lắk" → "dak lak") and queries are folded the same way; the
  // analyzer must keep every token, since the standard ones drop English stop words such as "an",
  // which is also the first syllable of An Giang and the last of Long An.
  `CREATE FULLTEXT INDEX entity_search_v2 IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
