// Constraints and indexes of the graph. Every statement is idempotent (IF NOT EXISTS), so they
// run on every start. Labels are literals written here, never user input.

export const ENTITY_LABELS = ['Source', 'Province', 'Change', 'Office', 'Person', 'Tenure', 'Event', 'Dispute'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The labels that the name search (full-text index) covers. */
export const SEARCHABLE_LABELS = ['Province', 'Office', 'Person', 'Event', 'Change', 'Source'] as const;

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...ENTITY_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // Every diachi node also carries :Entity, so a lookup by id alone (event subjects, paths,
  // timelines) is one index seek instead of a scan of every label.
  'CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)',
  // "As of" questions compare a day with interval bounds.
  'CREATE INDEX province_established IF NOT EXISTS FOR (n:Province) ON (n.establishedLatest)',
  'CREATE INDEX province_dissolved IF NOT EXISTS FOR (n:Province) ON (n.dissolvedEarliest)',
  'CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name)',
  'CREATE INDEX office_established IF NOT EXISTS FOR (n:Office) ON (n.establishedLatest)',
  'CREATE INDEX change_when IF NOT EXISTS FOR (n:Change) ON (n.whenEarliest)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)',
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  // Names typed without diacritics must still match: the standard-folding analyzer applies
  // Lucene's ASCIIFoldingFilter (ệ → e, đ → d) at index and at query time.
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
