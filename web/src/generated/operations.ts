/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What sort of change a Change is. */
export type ChangeKind =
  /** A unit is absorbed into another that continues (sáp nhập vào), possibly with parts of other units: Hà Tây into Thành phố Hà Nội, decided 2008. */
  | 'ANNEX'
  /** Territory moves between units that both continue (điều chỉnh địa giới): huyện Đình Lập from Quảng Ninh to Lạng Sơn, 1978. */
  | 'BOUNDARY'
  /** A new unit is formed, often from parts of units that continue: Đặc khu Vũng Tàu - Côn Đảo from parts of Đồng Nai and Hậu Giang, 1979. */
  | 'ESTABLISH'
  /** Two or more units combined into a new one (hợp nhất): Vĩnh Long and Trà Vinh into Cửu Long, 1976. */
  | 'MERGE'
  /** The unit takes a new name and keeps its identity (đổi tên); see `fromName` and `toName`: Thành phố Sài Gòn - Gia Định to Thành phố Hồ Chí Minh, 1976. */
  | 'RENAME'
  /** Units that had existed before are established again (tái lập), usually by dividing the unit they were merged into: Cửu Long into Vĩnh Long and Trà Vinh, in effect 1992. */
  | 'RE_ESTABLISH'
  /** One unit divided into two or more (chia tách); the remainder may continue: Đắk Lắk into Đắk Lắk and Đắk Nông, decided 2003. */
  | 'SPLIT'
  /** The unit's status rises, as when a province becomes a centrally-run city; the unit of the new status is a new identity: Thừa Thiên Huế to Thành phố Huế, decided 2024, in effect 2025. */
  | 'UPGRADE';

/** How well the sources support a record. Every entity except a Source carries one. */
export type Confidence =
  /** Two independent sources agree, or the legal text itself says so. */
  | 'CONFIRMED'
  /** One source says so, and no other source is known to contradict it. */
  | 'SINGLE_SOURCE'
  /**
   * The sources conflict, or the value is an inference rather than something a source states.
   * The record's `notes` say which; conflicting values are listed in its `disputes`.
   */
  | 'UNCERTAIN';

/** How precise a HistoricalDate is: the finest unit the source gives. */
export type DatePrecision =
  /** The exact day is known, for example `1992-05-05`. */
  | 'DAY'
  /** The year and month are known, for example `1976-02`. */
  | 'MONTH'
  /** Only the year is known, for example `1976`. */
  | 'YEAR';

/** What sort of event an Event is. */
export type EventKind =
  /** A commemoration of an earlier event, such as "kỷ niệm 77 năm Ngày truyền thống". */
  | 'ANNIVERSARY'
  /** A ceremony (lễ), such as the announcement of a decision or the award of a decoration. */
  | 'CEREMONY'
  /** A decision, decree or resolution being issued (quyết định, nghị định, nghị quyết). */
  | 'DECISION'
  /** An election, such as a People's Council session electing a People's Committee (bầu cử). */
  | 'ELECTION'
  /** The founding of an office or body (ngày thành lập). */
  | 'FOUNDING'
  /** A meeting, conference or gathering (họp mặt, hội nghị). */
  | 'MEETING'
  /** Any other event; the title says what it was. */
  | 'OTHER'
  /** The original occasion that an office commemorates as its tradition day (ngày truyền thống); the yearly date is the office's `traditionDay`. */
  | 'TRADITION_DAY';

/** A person's gender, as a source states it. */
export type Gender =
  /** Female: the source says so, for example by calling her "Bà". */
  | 'FEMALE'
  /** Male: the source says so, for example by calling him "Ông". */
  | 'MALE';

/** Which body an Office serves. */
export type OfficeKind =
  /** The central government's office (Văn phòng Chính phủ and its predecessors). It has no province. */
  | 'CENTRAL_GOVERNMENT'
  /** The office of the Party Central Committee (Văn phòng Trung ương Đảng). It has no province. */
  | 'CENTRAL_PARTY'
  /** Office of the province's National Assembly delegation (Văn phòng Đoàn đại biểu Quốc hội, Văn phòng Đoàn ĐBQH). */
  | 'DBQH'
  /** A combined office serving both the National Assembly delegation and the People's Council (Văn phòng Đoàn ĐBQH và HĐND tỉnh). */
  | 'DBQH_HDND'
  /** The single office of the 2019 pilot that merged the offices of the National Assembly delegation, the People's Council and the People's Committee (Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh), in the provinces that tried it. */
  | 'DBQH_HDND_UBND'
  /** Office of the provincial People's Council (Văn phòng Hội đồng nhân dân tỉnh, Văn phòng HĐND). */
  | 'HDND'
  /** A combined office serving both the People's Council and the People's Committee (Văn phòng HĐND và UBND tỉnh). */
  | 'HDND_UBND'
  /** Office of the provincial or city Party Committee (Văn phòng Tỉnh ủy, Văn phòng Thành ủy). */
  | 'PARTY'
  /** Office of the provincial People's Committee (Văn phòng Ủy ban nhân dân tỉnh, Văn phòng UBND). */
  | 'UBND';

/** The level of government an office serves. */
export type OfficeLevel =
  /** A central office of the state or the Party (Văn phòng Chính phủ, Văn phòng Trung ương Đảng). */
  | 'CENTRAL'
  /** A district-level office (huyện, thị xã, quận), recorded where a source names one. */
  | 'DISTRICT'
  /** A provincial-level office (tỉnh or thành phố trực thuộc trung ương). */
  | 'PROVINCE';

/** What sort of provincial-level unit a Province is. */
export type ProvinceKind =
  /** A centrally-run city (thành phố trực thuộc trung ương), such as Thành phố Hồ Chí Minh or Hà Nội. */
  | 'CITY'
  /** A province (tỉnh). */
  | 'PROVINCE'
  /** A special zone (đặc khu) at provincial level. */
  | 'SPECIAL_ZONE';

/** What sort of work a Source is. */
export type SourceKind =
  /** A newspaper or magazine article, including the seed articles `A000`…`A004` whose full text is kept in seeds/documents/. */
  | 'ARTICLE'
  /** A book, such as a provincial history (lịch sử Đảng bộ tỉnh) or a yearbook. */
  | 'BOOK'
  /** A data set, such as the General Statistics Office's list of administrative units and their codes. */
  | 'DATASET'
  /** A legal act or official document: a law, a resolution of the National Assembly (nghị quyết), a decree (nghị định), a decision (quyết định). */
  | 'LEGAL'
  /** A web page that is not an article, such as a page of a provincial government portal. */
  | 'WEB';

/** What sort of fact a TimelineEntry reports. */
export type TimelineEntryKind =
  /** A change the unit took part in (a merger, split, rename…), dated by its legal act (`Change.date`); the units it began or ended have their own ESTABLISHED and DISSOLVED entries on the day it took effect. */
  | 'CHANGE'
  /** A provincial-level unit ceased to exist (its `dissolved` date). */
  | 'DISSOLVED'
  /** A provincial-level unit came into being (its `established` date). */
  | 'ESTABLISHED'
  /** An event about the subject. */
  | 'EVENT'
  /** An office ceased to exist (its `dissolved` date). */
  | 'OFFICE_DISSOLVED'
  /** An office was founded (its `established` date). */
  | 'OFFICE_ESTABLISHED'
  /** A source shows a person in post on this date (one of the tenure's `attested` dates). */
  | 'TENURE_ATTESTED'
  /** A person left a post (the tenure's `end`). */
  | 'TENURE_ENDED'
  /** A person took up a post (the tenure's `start`). */
  | 'TENURE_STARTED';

export type ExplorerAsOfQueryVariables = Exact<{
  asOf: string;
  after?: string | null | undefined;
}>;


export type ExplorerAsOfQuery = { provinces: { totalCount: number, edges: Array<{ node: { slug: string, name: string, kind: ProvinceKind, established: { label: string, edtf: string } | null, dissolved: { label: string, edtf: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExplorerChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExplorerChangesQuery = { changes: { totalCount: number, edges: Array<{ node: { slug: string, kind: ChangeKind, date: { earliest: string, label: string }, effectiveDate: { earliest: string, label: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExplorerEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEventQuery = { event: { id: string, slug: string, kind: EventKind, title: string, confidence: Confidence, notes: string | null, date: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }, subjects: Array<
      | { __typename: 'Change', slug: string, kind: ChangeKind }
      | { __typename: 'Event' }
      | { __typename: 'Office', slug: string, name: string }
      | { __typename: 'Person', slug: string, name: string }
      | { __typename: 'Province', slug: string, name: string }
      | { __typename: 'Source' }
      | { __typename: 'Tenure' }
    >, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }>, disputes: Array<{ field: string, value: string, note: string | null, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }> } | null };

export type DatePartsFragment = { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string };

export type SourcePartsFragment = { id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null };

export type DisputePartsFragment = { field: string, value: string, note: string | null, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> };

export type TimelineEntryPartsFragment = { kind: TimelineEntryKind, label: string, date: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }, subjects: Array<
    | { __typename: 'Change', slug: string, kind: ChangeKind }
    | { __typename: 'Event', slug: string, title: string }
    | { __typename: 'Office', slug: string, name: string }
    | { __typename: 'Person', slug: string, name: string }
    | { __typename: 'Province', slug: string, name: string }
    | { __typename: 'Source' }
    | { __typename: 'Tenure', slug: string, title: string }
  >, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> };

export type ExplorerOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerOfficeQuery = { office: { id: string, slug: string, name: string, kind: OfficeKind, level: OfficeLevel, unresolved: string | null, confidence: Confidence, notes: string | null, province: { slug: string, name: string } | null, established: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, dissolved: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, traditionDay: { label: string } | null, tenures: { totalCount: number, edges: Array<{ node: { slug: string, title: string, current: boolean, person: { slug: string, name: string }, start: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, end: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, attested: Array<{ edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }>, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> } }> }, events: Array<{ slug: string, title: string, date: { label: string, edtf: string } }>, timeline: Array<{ kind: TimelineEntryKind, label: string, date: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }, subjects: Array<
        | { __typename: 'Change', slug: string, kind: ChangeKind }
        | { __typename: 'Event', slug: string, title: string }
        | { __typename: 'Office', slug: string, name: string }
        | { __typename: 'Person', slug: string, name: string }
        | { __typename: 'Province', slug: string, name: string }
        | { __typename: 'Source' }
        | { __typename: 'Tenure', slug: string, title: string }
      >, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }>, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }>, disputes: Array<{ field: string, value: string, note: string | null, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }> } | null };

export type ExplorerPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerPersonQuery = { person: { id: string, slug: string, name: string, gender: Gender | null, confidence: Confidence, notes: string | null, tenures: Array<{ slug: string, title: string, current: boolean, office: { slug: string, name: string } | null, province: { slug: string, name: string } | null, start: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, end: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, attested: Array<{ edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }>, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }>, events: Array<{ slug: string, title: string, date: { label: string, edtf: string } }>, timeline: Array<{ kind: TimelineEntryKind, label: string, date: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }, subjects: Array<
        | { __typename: 'Change', slug: string, kind: ChangeKind }
        | { __typename: 'Event', slug: string, title: string }
        | { __typename: 'Office', slug: string, name: string }
        | { __typename: 'Person', slug: string, name: string }
        | { __typename: 'Province', slug: string, name: string }
        | { __typename: 'Source' }
        | { __typename: 'Tenure', slug: string, title: string }
      >, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }>, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }>, disputes: Array<{ field: string, value: string, note: string | null, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }> } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Change' }
      | { __typename: 'Event', slug: string, title: string, date: { label: string, edtf: string } }
      | { __typename: 'Office', slug: string, name: string, established: { label: string, edtf: string } | null, dissolved: { label: string, edtf: string } | null, province: { name: string } | null }
      | { __typename: 'Person', slug: string, name: string, tenures: Array<{ title: string, start: { label: string, edtf: string } | null, end: { label: string, edtf: string } | null }> }
      | { __typename: 'Province', slug: string, name: string, otherNames: Array<string>, kind: ProvinceKind, current: boolean, established: { label: string, edtf: string } | null, dissolved: { label: string, edtf: string } | null }
      | { __typename: 'Source' }
      | { __typename: 'Tenure' }
     }> };

export type ExplorerUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerUnitQuery = { province: { id: string, slug: string, name: string, otherNames: Array<string>, kind: ProvinceKind, current: boolean, seat: string | null, gsoCode: string | null, confidence: Confidence, notes: string | null, established: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, dissolved: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, predecessors: Array<{ slug: string, name: string, established: { label: string, edtf: string } | null, dissolved: { label: string, edtf: string } | null }>, successors: Array<{ slug: string, name: string, established: { label: string, edtf: string } | null, dissolved: { label: string, edtf: string } | null }>, changes: Array<{ slug: string, kind: ChangeKind, legalBasis: string | null, fromName: string | null, toName: string | null, date: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }, effectiveDate: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, before: Array<{ slug: string, name: string }>, after: Array<{ slug: string, name: string }>, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }>, disputes: Array<{ field: string, value: string, note: string | null, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }> }>, offices: { totalCount: number, edges: Array<{ node: { slug: string, name: string, kind: OfficeKind, established: { label: string, edtf: string } | null, dissolved: { label: string, edtf: string } | null } }> }, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }>, disputes: Array<{ field: string, value: string, note: string | null, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }> } | null };

export type ExplorerUnitTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerUnitTimelineQuery = { province: { slug: string, name: string, established: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, dissolved: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, timeline: Array<{ kind: TimelineEntryKind, label: string, date: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string }, subjects: Array<
        | { __typename: 'Change', slug: string, kind: ChangeKind }
        | { __typename: 'Event', slug: string, title: string }
        | { __typename: 'Office', slug: string, name: string }
        | { __typename: 'Person', slug: string, name: string }
        | { __typename: 'Province', slug: string, name: string }
        | { __typename: 'Source' }
        | { __typename: 'Tenure', slug: string, title: string }
      >, sources: Array<{ id: string, slug: string, kind: SourceKind, title: string, publisher: string | null, url: string | null, reference: string | null, quote: string | null, date: { label: string, edtf: string } | null }> }> } | null };

export type ExplorerLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerLineageQuery = { province: { slug: string, name: string } | null, lineage: { root: { slug: string }, provinces: Array<{ slug: string, name: string, current: boolean, established: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null, dissolved: { edtf: string, precision: DatePrecision, earliest: string, latest: string, approximate: boolean, uncertain: boolean, label: string } | null }>, links: Array<{ from: { slug: string }, to: { slug: string }, change: { slug: string, kind: ChangeKind, legalBasis: string | null, date: { label: string, edtf: string, earliest: string }, effectiveDate: { label: string, edtf: string, earliest: string } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourcePartsFragmentDoc = new TypedDocumentString(`
    fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}
    `, {"fragmentName":"SourceParts"}) as unknown as TypedDocumentString<SourcePartsFragment, unknown>;
export const DisputePartsFragmentDoc = new TypedDocumentString(`
    fragment DisputeParts on Dispute {
  field
  value
  note
  sources {
    ...SourceParts
  }
}
    fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}`, {"fragmentName":"DisputeParts"}) as unknown as TypedDocumentString<DisputePartsFragment, unknown>;
export const DatePartsFragmentDoc = new TypedDocumentString(`
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
    `, {"fragmentName":"DateParts"}) as unknown as TypedDocumentString<DatePartsFragment, unknown>;
export const TimelineEntryPartsFragmentDoc = new TypedDocumentString(`
    fragment TimelineEntryParts on TimelineEntry {
  kind
  label
  date {
    ...DateParts
  }
  subjects {
    __typename
    ... on Province {
      slug
      name
    }
    ... on Office {
      slug
      name
    }
    ... on Person {
      slug
      name
    }
    ... on Event {
      slug
      title
    }
    ... on Change {
      slug
      kind
    }
    ... on Tenure {
      slug
      title
    }
  }
  sources {
    ...SourceParts
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}`, {"fragmentName":"TimelineEntryParts"}) as unknown as TypedDocumentString<TimelineEntryPartsFragment, unknown>;
export const ExplorerAsOfDocument = new TypedDocumentString(`
    query ExplorerAsOf($asOf: CalendarDate!, $after: String) {
  provinces(asOf: $asOf, first: 100, after: $after) {
    totalCount
    edges {
      node {
        slug
        name
        kind
        established {
          label
          edtf
        }
        dissolved {
          label
          edtf
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerAsOfQuery, ExplorerAsOfQueryVariables>;
export const ExplorerChangesDocument = new TypedDocumentString(`
    query ExplorerChanges($after: String) {
  changes(first: 100, after: $after) {
    totalCount
    edges {
      node {
        slug
        kind
        date {
          earliest
          label
        }
        effectiveDate {
          earliest
          label
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerChangesQuery, ExplorerChangesQueryVariables>;
export const ExplorerEventDocument = new TypedDocumentString(`
    query ExplorerEvent($id: ID!) {
  event(id: $id) {
    id
    slug
    kind
    title
    date {
      ...DateParts
    }
    confidence
    notes
    subjects {
      __typename
      ... on Province {
        slug
        name
      }
      ... on Office {
        slug
        name
      }
      ... on Person {
        slug
        name
      }
      ... on Change {
        slug
        kind
      }
    }
    sources {
      ...SourceParts
    }
    disputes {
      ...DisputeParts
    }
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}
fragment DisputeParts on Dispute {
  field
  value
  note
  sources {
    ...SourceParts
  }
}`) as unknown as TypedDocumentString<ExplorerEventQuery, ExplorerEventQueryVariables>;
export const ExplorerOfficeDocument = new TypedDocumentString(`
    query ExplorerOffice($id: ID!) {
  office(id: $id) {
    id
    slug
    name
    kind
    level
    province {
      slug
      name
    }
    unresolved
    established {
      ...DateParts
    }
    dissolved {
      ...DateParts
    }
    traditionDay {
      label
    }
    confidence
    notes
    tenures(first: 100) {
      totalCount
      edges {
        node {
          slug
          title
          current
          person {
            slug
            name
          }
          start {
            ...DateParts
          }
          end {
            ...DateParts
          }
          attested {
            ...DateParts
          }
          sources {
            ...SourceParts
          }
        }
      }
    }
    events {
      slug
      title
      date {
        label
        edtf
      }
    }
    timeline {
      ...TimelineEntryParts
    }
    sources {
      ...SourceParts
    }
    disputes {
      ...DisputeParts
    }
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}
fragment DisputeParts on Dispute {
  field
  value
  note
  sources {
    ...SourceParts
  }
}
fragment TimelineEntryParts on TimelineEntry {
  kind
  label
  date {
    ...DateParts
  }
  subjects {
    __typename
    ... on Province {
      slug
      name
    }
    ... on Office {
      slug
      name
    }
    ... on Person {
      slug
      name
    }
    ... on Event {
      slug
      title
    }
    ... on Change {
      slug
      kind
    }
    ... on Tenure {
      slug
      title
    }
  }
  sources {
    ...SourceParts
  }
}`) as unknown as TypedDocumentString<ExplorerOfficeQuery, ExplorerOfficeQueryVariables>;
export const ExplorerPersonDocument = new TypedDocumentString(`
    query ExplorerPerson($id: ID!) {
  person(id: $id) {
    id
    slug
    name
    gender
    confidence
    notes
    tenures {
      slug
      title
      current
      office {
        slug
        name
      }
      province {
        slug
        name
      }
      start {
        ...DateParts
      }
      end {
        ...DateParts
      }
      attested {
        ...DateParts
      }
      sources {
        ...SourceParts
      }
    }
    events {
      slug
      title
      date {
        label
        edtf
      }
    }
    timeline {
      ...TimelineEntryParts
    }
    sources {
      ...SourceParts
    }
    disputes {
      ...DisputeParts
    }
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}
fragment DisputeParts on Dispute {
  field
  value
  note
  sources {
    ...SourceParts
  }
}
fragment TimelineEntryParts on TimelineEntry {
  kind
  label
  date {
    ...DateParts
  }
  subjects {
    __typename
    ... on Province {
      slug
      name
    }
    ... on Office {
      slug
      name
    }
    ... on Person {
      slug
      name
    }
    ... on Event {
      slug
      title
    }
    ... on Change {
      slug
      kind
    }
    ... on Tenure {
      slug
      title
    }
  }
  sources {
    ...SourceParts
  }
}`) as unknown as TypedDocumentString<ExplorerPersonQuery, ExplorerPersonQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(text: $text, types: [PROVINCE, OFFICE, PERSON, EVENT], first: 30) {
    score
    node {
      __typename
      ... on Province {
        slug
        name
        otherNames
        kind
        established {
          label
          edtf
        }
        dissolved {
          label
          edtf
        }
        current
      }
      ... on Office {
        slug
        name
        established {
          label
          edtf
        }
        dissolved {
          label
          edtf
        }
        province {
          name
        }
      }
      ... on Person {
        slug
        name
        tenures {
          title
          start {
            label
            edtf
          }
          end {
            label
            edtf
          }
        }
      }
      ... on Event {
        slug
        title
        date {
          label
          edtf
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerUnitDocument = new TypedDocumentString(`
    query ExplorerUnit($id: ID!) {
  province(id: $id) {
    id
    slug
    name
    otherNames
    kind
    established {
      ...DateParts
    }
    dissolved {
      ...DateParts
    }
    current
    seat
    gsoCode
    confidence
    notes
    predecessors {
      slug
      name
      established {
        label
        edtf
      }
      dissolved {
        label
        edtf
      }
    }
    successors {
      slug
      name
      established {
        label
        edtf
      }
      dissolved {
        label
        edtf
      }
    }
    changes {
      slug
      kind
      date {
        ...DateParts
      }
      effectiveDate {
        ...DateParts
      }
      legalBasis
      fromName
      toName
      before {
        slug
        name
      }
      after {
        slug
        name
      }
      sources {
        ...SourceParts
      }
      disputes {
        ...DisputeParts
      }
    }
    offices(first: 100) {
      totalCount
      edges {
        node {
          slug
          name
          kind
          established {
            label
            edtf
          }
          dissolved {
            label
            edtf
          }
        }
      }
    }
    sources {
      ...SourceParts
    }
    disputes {
      ...DisputeParts
    }
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}
fragment DisputeParts on Dispute {
  field
  value
  note
  sources {
    ...SourceParts
  }
}`) as unknown as TypedDocumentString<ExplorerUnitQuery, ExplorerUnitQueryVariables>;
export const ExplorerUnitTimelineDocument = new TypedDocumentString(`
    query ExplorerUnitTimeline($id: ID!) {
  province(id: $id) {
    slug
    name
    established {
      ...DateParts
    }
    dissolved {
      ...DateParts
    }
    timeline {
      ...TimelineEntryParts
    }
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}
fragment SourceParts on Source {
  id
  slug
  kind
  title
  publisher
  url
  reference
  quote
  date {
    label
    edtf
  }
}
fragment TimelineEntryParts on TimelineEntry {
  kind
  label
  date {
    ...DateParts
  }
  subjects {
    __typename
    ... on Province {
      slug
      name
    }
    ... on Office {
      slug
      name
    }
    ... on Person {
      slug
      name
    }
    ... on Event {
      slug
      title
    }
    ... on Change {
      slug
      kind
    }
    ... on Tenure {
      slug
      title
    }
  }
  sources {
    ...SourceParts
  }
}`) as unknown as TypedDocumentString<ExplorerUnitTimelineQuery, ExplorerUnitTimelineQueryVariables>;
export const ExplorerLineageDocument = new TypedDocumentString(`
    query ExplorerLineage($id: ID!) {
  province(id: $id) {
    slug
    name
  }
  lineage(provinceId: $id, direction: BOTH, maxDepth: 10) {
    root {
      slug
    }
    provinces {
      slug
      name
      current
      established {
        ...DateParts
      }
      dissolved {
        ...DateParts
      }
    }
    links {
      from {
        slug
      }
      to {
        slug
      }
      change {
        slug
        kind
        date {
          label
          edtf
          earliest
        }
        effectiveDate {
          label
          edtf
          earliest
        }
        legalBasis
      }
    }
  }
}
    fragment DateParts on HistoricalDate {
  edtf
  precision
  earliest
  latest
  approximate
  uncertain
  label
}`) as unknown as TypedDocumentString<ExplorerLineageQuery, ExplorerLineageQueryVariables>;