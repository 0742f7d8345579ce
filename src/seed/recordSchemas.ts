import { z } from 'zod';

// The shape of each kind of seed record (seeds/README.md is the editor's version of this file).
// Shape only: dates, references and cross-record rules are checked in validateSeeds.

const ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const id = z.string().regex(ID, 'an id of letters, digits and single hyphens, such as vinh-long-1992');
const text = z.string().trim().min(1, 'a non-empty text');
const requiredDate = z.union([z.string(), z.number()], { error: 'an EDTF date such as 1976-02 or 1992-05-05' });
const date = requiredDate.nullish();

const citation = z.union([id, z.strictObject({ id, quote: text.optional(), note: text.optional() })], {
  error: 'a source id, or { id, quote } with the supporting words',
});

const dispute = z.strictObject({
  field: text,
  value: z.union([z.string(), z.number()], { error: 'the value the source gives, as text' }),
  note: text.optional(),
  sources: z.array(citation).min(1, 'at least one source'),
});

// Where a member's territory (an office's functions and staff) went at a change: seeds/README.md,
// "Changes", and docs/model.md, "Flows".
const flow = z.strictObject({
  from: id,
  to: id,
  extent: z.enum(['whole', 'part']),
  parts: z.array(text).optional(),
  sources: z.array(citation).min(1, 'at least one source').optional(),
});

/**
 * An identifier of the same entity in another dataset, with the source that gives it: ids are never
 * guessed from a name. Only Wikidata today (https://www.wikidata.org/wiki/Q881 for Việt Nam).
 */
const wikidata = z.strictObject({
  id: z.string().regex(/^Q[1-9]\d*$/, 'a Wikidata item id such as Q881'),
  sources: z.array(citation).min(1, 'at least one source that gives this id'),
});

const attested = {
  confidence: z.enum(['confirmed', 'single-source', 'uncertain']),
  notes: text.nullish(),
  sources: z.array(citation).min(1, 'at least one source'),
  disputes: z.array(dispute).optional(),
};

export const recordSchemas = {
  sources: z.strictObject({
    id,
    kind: z.enum(['article', 'legal', 'web', 'dataset', 'book']),
    title: text,
    publisher: text.nullish(),
    date,
    url: z.url().nullish(),
    reference: text.nullish(),
    document: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'a file name under seeds/documents/, such as 000_264a2d1c97c60d3e.txt')
      .nullish(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as vi or en'),
    supports: text.nullish(),
    notes: text.nullish(),
  }),
  provinces: z.strictObject({
    id,
    name: text,
    otherNames: z.array(text).optional(),
    kind: z.enum(['province', 'city', 'special-zone']),
    established: date,
    dissolved: date,
    current: z.boolean().optional(),
    seat: text.nullish(),
    gsoCode: z.union([z.string().regex(/^\d{2}$/, 'a two-digit GSO code such as 86'), z.number()]).nullish(),
    wikidata: wikidata.optional(),
    ...attested,
  }),
  changes: z.strictObject({
    id,
    kind: z.enum(['merge', 'split', 're-establish', 'rename', 'annex', 'boundary', 'upgrade', 'establish']),
    date: requiredDate,
    effectiveDate: date,
    operatingDate: date,
    legalBasis: text.nullish(),
    ended: z.array(id).default([]),
    began: z.array(id).default([]),
    continued: z.array(id).default([]),
    flows: z.array(flow).default([]),
    fromName: text.nullish(),
    toName: text.nullish(),
    ...attested,
  }),
  offices: z.strictObject({
    id,
    name: text,
    kind: z.enum(['ubnd', 'party', 'hdnd', 'dbqh', 'hdnd-ubnd', 'dbqh-hdnd', 'dbqh-hdnd-ubnd', 'central-government', 'central-party']),
    level: z.enum(['central', 'province', 'district']).optional(),
    province: id.nullish(),
    unresolved: text.nullish(),
    established: date,
    dissolved: date,
    traditionDay: z
      .string()
      .regex(/^--\d{2}-\d{2}$/, 'a day of the year written --MM-DD, such as --08-28')
      .nullish(),
    ...attested,
  }),
  people: z.strictObject({
    id,
    name: text,
    gender: z.enum(['female', 'male']).nullish(),
    wikidata: wikidata.optional(),
    ...attested,
  }),
  tenures: z.strictObject({
    id,
    person: id,
    title: text,
    office: id.nullish(),
    province: id.nullish(),
    start: date,
    end: date,
    current: z.boolean().optional(),
    attested: z.array(requiredDate).optional(),
    ...attested,
  }),
  events: z.strictObject({
    id,
    kind: z.enum(['founding', 'decision', 'anniversary', 'meeting', 'tradition-day', 'ceremony', 'election', 'other']),
    title: text,
    date: requiredDate,
    subjects: z.array(id),
    ...attested,
  }),
} as const;

export type SeedRecords = { [K in keyof typeof recordSchemas]: z.infer<(typeof recordSchemas)[K]> };
export type Citation = z.infer<typeof citation>;
export type Dispute = z.infer<typeof dispute>;
export type Flow = z.infer<typeof flow>;
