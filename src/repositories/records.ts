// What the repositories return: plain objects read from Neo4j, one per entity, with related
// entities as slugs (resolved by the loaders). Dates stay EDTF strings until a field resolver
// parses them. These are the codegen `mappers`: the parent type of every field resolver.

import type { NodeType } from '../model/NodeType.js';

export type Confidence = 'confirmed' | 'single-source' | 'uncertain';

interface Attested {
  readonly id: string;
  readonly confidence: Confidence;
  readonly notes: string | null;
}

export interface ProvinceRecord extends Attested {
  readonly __typename: 'Province';
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly kind: 'province' | 'city' | 'special-zone';
  readonly established: string | null;
  readonly dissolved: string | null;
  readonly operatingEstablished: string | null;
  readonly operatingDissolved: string | null;
  /** The id of the earlier unit of the same name this one re-establishes (tái lập); null if none. */
  readonly reestablishes?: string | null;
  readonly current: boolean;
  readonly seat: string | null;
  readonly gsoCode: string | null;
}

export interface ChangeRecord extends Attested {
  readonly __typename: 'Change';
  readonly kind: string;
  readonly date: string;
  readonly effectiveDate: string | null;
  readonly operatingDate: string | null;
  readonly legalBasis: string | null;
  readonly fromName: string | null;
  readonly toName: string | null;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly ended: readonly string[];
  readonly began: readonly string[];
  readonly continued: readonly string[];
  readonly flows: readonly FlowRecord[];
  /** Which dates matched, when the change came from a `changes(from:, to:)` page; else absent. */
  readonly matchedDates?: readonly string[] | null;
}

/** Territory going from one member of a change to another (a FLOWED relationship). */
export interface FlowRecord {
  readonly from: string;
  readonly to: string;
  readonly extent: 'whole' | 'part';
  readonly parts: readonly string[];
  readonly change: string;
  readonly sources: readonly string[];
}

export interface OfficeRecord extends Attested {
  readonly __typename: 'Office';
  readonly name: string;
  readonly kind: string;
  readonly level: 'central' | 'province' | 'district';
  readonly provinceId: string | null;
  readonly unresolved: string | null;
  readonly established: string | null;
  readonly dissolved: string | null;
  readonly traditionDay: string | null;
  /** Its DEFINITE existence spans (src/dates/existenceSpan.ts) by basis: ISO days, null for none. */
  readonly legalDefiniteFrom: string | null;
  readonly legalDefiniteUntil: string | null;
  readonly operatingDefiniteFrom: string | null;
  readonly operatingDefiniteUntil: string | null;
}

export interface PersonRecord extends Attested {
  readonly __typename: 'Person';
  readonly name: string;
  readonly gender: 'female' | 'male' | null;
}

export interface TenureRecord extends Attested {
  readonly __typename: 'Tenure';
  readonly title: string;
  readonly personId: string;
  readonly atId: string;
  readonly atLabel: 'Office' | 'Province';
  readonly start: string | null;
  readonly end: string | null;
  readonly current: boolean;
  readonly attested: readonly string[];
}

export interface EventRecord extends Attested {
  readonly __typename: 'Event';
  readonly kind: string;
  readonly title: string;
  readonly date: string;
  readonly subjects: readonly EntityRef[];
}

export interface SourceRecord {
  readonly __typename: 'Source';
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly reference: string | null;
  readonly language: string;
  readonly supports: string | null;
  readonly notes: string | null;
  /** The supporting words, when this Source was reached through a citation that has them. */
  readonly quote: string | null;
}

export interface DisputeRecord {
  readonly field: string;
  readonly value: string;
  readonly note: string | null;
  readonly sources: readonly SourceRecord[];
}

/** An identifier of an entity in another dataset, with the sources that give it. */
export interface ExternalIdRecord {
  readonly scheme: 'wikidata';
  readonly value: string;
  readonly sources: readonly SourceRecord[];
}

export type EntityRecord = ProvinceRecord | ChangeRecord | OfficeRecord | PersonRecord | TenureRecord | EventRecord | SourceRecord;

/** A slug with its type: enough to fetch the entity through the right loader. */
export interface EntityRef {
  readonly id: string;
  readonly type: NodeType;
}

export interface ConnectionRecord<T> {
  readonly totalCount: number;
  readonly offset: number;
  readonly items: readonly T[];
}

/** What a page query fetched for its items' nested fields (see cypher/prefetchQueries.ts). */
export interface IncludedRecords {
  readonly citations: ReadonlyArray<{ owner: string; sources: readonly SourceRecord[] }>;
  readonly offices: ReadonlyArray<{ owner: string; records: readonly OfficeRecord[] }>;
  readonly tenures: ReadonlyArray<{ owner: string; records: readonly TenureRecord[] }>;
  readonly people: readonly PersonRecord[];
}

export interface MonthDayRecord {
  readonly month: number;
  readonly day: number;
}

export interface LineageLinkRecord {
  readonly from: string;
  readonly change: string;
  readonly to: string;
  readonly extent: 'whole' | 'part';
  readonly parts: readonly string[];
}

export interface LineageRecord {
  readonly root: string;
  readonly links: readonly LineageLinkRecord[];
}

/** A unit's lineage: the arrows, and the units and changes on them (root included). */
export interface LineageFoundRecord {
  readonly root: ProvinceRecord;
  readonly links: readonly LineageLinkRecord[];
  readonly provinces: readonly ProvinceRecord[];
  readonly changes: readonly ChangeRecord[];
}

export interface PathRelationshipRecord {
  readonly type: string;
  readonly from: EntityRecord;
  readonly to: EntityRecord;
}

export interface PathRecord {
  readonly nodes: readonly EntityRecord[];
  readonly relationships: readonly PathRelationshipRecord[];
}

export interface SearchHitRecord {
  readonly score: number;
  readonly node: EntityRecord;
}

/** What a timeline is built from, for one subject (see cypher/timelineQueries.ts). */
export interface TimelineFactsRecord {
  readonly subject: EntityRecord;
  readonly changes: readonly ChangeRecord[];
  readonly offices: readonly OfficeRecord[];
  readonly tenures: readonly TenureRecord[];
  readonly events: readonly EventRecord[];
  /** The entities the entries name that are not facts above: units before and after changes, people, event subjects. */
  readonly related: readonly EntityRecord[];
  /**
   * The ids of every fact an entry cites, and the citations of those that have any, as [owner,
   * cites]: each cite a source's id, or { id, quote } when the operation can read a Source's `quote`.
   */
  readonly cited: readonly string[];
  readonly citations: ReadonlyArray<readonly [owner: string, cites: ReadonlyArray<string | { id: string; quote: string | null }>]>;
  /** Each Source those citations name, once (without a quote). */
  readonly sources: readonly SourceRecord[];
}

// Concrete connection types for the codegen mappers (they cannot spell generics).
export type ProvinceConnectionRecord = ConnectionRecord<ProvinceRecord>;
export type ChangeConnectionRecord = ConnectionRecord<ChangeRecord>;
export type OfficeConnectionRecord = ConnectionRecord<OfficeRecord>;
export type PersonConnectionRecord = ConnectionRecord<PersonRecord>;
export type TenureConnectionRecord = ConnectionRecord<TenureRecord>;
export type EventConnectionRecord = ConnectionRecord<EventRecord>;
