import type { ChangeRecord, OfficeRecord, PersonRecord, ProvinceRecord, SourceRecord, TenureRecord } from '../repositories/records.js';

/** One citation of a record: the source, its place in the record's list, the supporting words. */
export interface ExportCitation {
  readonly owner: string;
  readonly source: string;
  readonly position: number;
  readonly quote: string | null;
}

/** An identifier of a unit or person in another dataset; `id` is the ExternalId's own id (it has citations). */
export interface ExportExternalId {
  readonly owner: string;
  readonly id: string;
  readonly scheme: 'wikidata';
  readonly value: string;
}

/** Everything the exports are made from: the records as the API reads them. */
export interface ExportSnapshot {
  readonly provinces: readonly ProvinceRecord[];
  readonly changes: readonly ChangeRecord[];
  readonly offices: readonly OfficeRecord[];
  readonly people: readonly PersonRecord[];
  readonly tenures: readonly TenureRecord[];
  readonly sources: readonly SourceRecord[];
  readonly citations: readonly ExportCitation[];
  readonly externalIds: readonly ExportExternalId[];
}
