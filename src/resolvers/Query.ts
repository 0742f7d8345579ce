import { EXPORT_FILES, EXPORTS_PATH } from '../export/exportFiles.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors/BadUserInputError.js';
import { NameNotResolvedError } from '../errors/NameNotResolvedError.js';
import { NotFoundError } from '../errors/NotFoundError.js';
import { inSpan, type Basis, type HistoricalDate } from '../dates/index.js';
import { foldDiacritics } from '../text/foldDiacritics.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { parseId } from '../graphql/globalId.js';
import type { NodeType } from '../model/NodeType.js';
import { pageWindow } from '../graphql/pagination.js';
import { checkType, resolveId } from './resolveId.js';
import { selects } from '../graphql/selects.js';
import { fromEnum } from '../graphql/toEnum.js';
import { loadEntity } from '../loaders/loadEntity.js';
import type { EntityRecord } from '../repositories/records.js';
import { toFullTextQuery } from '../text/toFullTextQuery.js';
import { version } from '../version.js';
import { PROVINCES_LOOKAHEAD } from './provincesLookahead.js';
import { timelineOf } from './timelineOf.js';
import { checkSearchText } from '../limits/checkSearchText.js';

const MAX_IDS = 100;
const MAX_SEARCH_RESULTS = 50;
const MAX_FILTER_MATCHES = 1000;

/** `province(id:)` and its siblings: null for an unknown id, BAD_USER_INPUT for another type's id. */
const lookup =
  (type: NodeType) =>
  async (_root: unknown, { id }: { id: string }, { loaders }: Context) => {
    const ref = await resolveId(loaders, id, 'id', [type]);
    return (ref ? loadEntity(loaders, ref) : null) as never;
  };

/** An id that must name something for the answer to make sense (timeline, lineage, path). */
async function mustExist(context: Context, id: string, argumentName: string, types?: NodeType[]) {
  const ref = await resolveId(context.loaders, id, argumentName, types);
  if (!ref) throw new NotFoundError(types ? `a ${types.join(' or ')}` : 'an entity', id);
  return ref;
}

/**
 * The slug an id argument names, for queries that look the entity up themselves (one round trip
 * instead of two). A global id of a type the argument does not take is refused before any query.
 */
function expectedSlug(input: string, argumentName: string, types?: readonly NodeType[]): string {
  const parsed = parseId(input, argumentName);
  if (parsed.type) checkType(input, argumentName, parsed.type, types);
  return parsed.slug;
}

/** The error for an id that a query found nothing for: another type's (BAD_USER_INPUT) or unknown. */
async function whyMissing(context: Context, id: string, argumentName: string, types: NodeType[]): Promise<Error> {
  await mustExist(context, id, argumentName, types);
  return new NotFoundError(`a ${types.join(' or ')}`, id);
}

function checkRange(value: number, min: number, max: number, name: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`Expected "${name}" to be from ${min} to ${max}, but got: ${value}.`, name);
  }
}

/** Ids matching a name, for the `search` filter of lists: folded, ranked, capped. */
async function searchIds(context: Context, text: string, type: NodeType): Promise<string[]> {
  checkSearchText(text, 'search');
  const query = toFullTextQuery(text);
  if (!query) return [];
  return context.repositories.graph.searchIds(query, [type], MAX_FILTER_MATCHES);
}

/**
 * `province(name:, on:)`, and `province(id:)` with a slug that is only a name ("vinh-long"): the
 * identity that bore the name on the day (any day without `on`), or a coded error listing every
 * identity of that name.
 */
async function provinceNamed(context: Context, name: string, what: string, on: HistoricalDate | null, basis: Basis) {
  const all = await context.repositories.entities.provincesNamed(foldDiacritics(name.replace(/-/g, ' ')).trim().replace(/\s+/g, ' '));
  const candidates = all.map(({ record }) => ({
    slug: record.id,
    name: record.name,
    established: record.established,
    dissolved: record.dissolved,
  }));
  const key = basis === 'OPERATING' ? 'operating' : 'legal';
  const fitting = on
    ? all.filter(({ spans }) =>
        inSpan(
          spans[`${key}DefiniteFrom`] ? { from: spans[`${key}DefiniteFrom`]!, until: spans[`${key}DefiniteUntil`] ?? null } : null,
          on.earliest,
        ),
      )
    : all;
  if (fitting.length === 1) return fitting[0]!.record;
  if (fitting.length > 1)
    throw new NameNotResolvedError(
      'AMBIGUOUS_NAME',
      what,
      fitting.map(({ record }) => candidates.find((c) => c.slug === record.id)!),
    );
  if (all.length === 0 && !on) return null;
  throw new NameNotResolvedError('NOT_FOUND', what, candidates);
}

export const Query: QueryResolvers = {
  about: async (_root, _args, { repositories }) => ({
    version,
    counts: await repositories.about.countsPerLabel(),
    exports: EXPORT_FILES.map((file) => ({ ...file, url: `${EXPORTS_PATH}/${file.name}` })),
    officeCoverage: await repositories.about.officeCoverage(),
  }),

  node: async (_root, { id }, { loaders }) => {
    const ref = await resolveId(loaders, id, 'id');
    return (ref ? loadEntity(loaders, ref) : null) as never;
  },
  nodes: async (_root, { ids }, { loaders }) => {
    if (ids.length > MAX_IDS) throw new BadUserInputError(`Expected at most ${MAX_IDS} ids, but got ${ids.length}.`, 'ids');
    const refs = await Promise.all(ids.map((id) => resolveId(loaders, id, 'ids')));
    return Promise.all(refs.map((ref) => (ref ? loadEntity(loaders, ref) : null))) as never;
  },

  province: async (_root, { id, name, on, basis }, context) => {
    if ((id ? 1 : 0) + (name ? 1 : 0) !== 1) {
      throw new BadUserInputError('Expected exactly one of "id" or "name", but got ' + (id ? 'both.' : 'neither.'), id ? 'name' : 'id');
    }
    if (name) return provinceNamed(context, name, `"name" ${JSON.stringify(name)}`, on ?? null, basis ?? 'LEGAL');
    const ref = await resolveId(context.loaders, id!, 'id', ['Province']);
    if (ref) return (await loadEntity(context.loaders, ref)) as never;
    // A slug such as "vinh-long" that is only a name: say which identities bore it, never null.
    const parsed = parseId(id!, 'id');
    if (parsed.type) return null;
    return provinceNamed(context, parsed.slug, `"id" ${JSON.stringify(id)}`, on ?? null, basis ?? 'LEGAL') as never;
  },
  change: lookup('Change'),
  office: lookup('Office'),
  person: lookup('Person'),
  event: lookup('Event'),
  source: lookup('Source'),

  provinces: async (_root, args, context, info) => {
    const window = pageWindow(args);
    const ids = args.search ? await searchIds(context, args.search, 'Province') : null;
    // What the page's provinces will be asked for comes in the same query as the page.
    const page = await context.repositories.pages.provinces(
      {
        asOf: args.asOf ?? null,
        basis: args.basis ?? 'LEGAL',
        certainty: args.certainty ?? 'DEFINITE',
        kind: args.kind ? fromEnum(args.kind) : null,
        ids,
      },
      window,
      context.records.fields,
      {
        sources: selects(info, PROVINCES_LOOKAHEAD.sources),
        offices: selects(info, PROVINCES_LOOKAHEAD.offices),
        tenures: selects(info, PROVINCES_LOOKAHEAD.tenures),
        people: selects(info, PROVINCES_LOOKAHEAD.people),
      },
    );
    context.loaders.rememberIncluded(page.included);
    return page;
  },
  offices: async (_root, args, context) => {
    const window = pageWindow(args);
    const province = args.provinceId ? await resolveId(context.loaders, args.provinceId, 'provinceId', ['Province']) : null;
    if (args.provinceId && !province) return { totalCount: 0, offset: window.offset, items: [] };
    return context.repositories.pages.offices(
      {
        asOf: args.asOf ?? null,
        basis: args.basis ?? 'LEGAL',
        kind: args.kind ? fromEnum(args.kind) : null,
        province: province?.id ?? null,
      },
      window,
      context.records.fields,
    );
  },
  people: async (_root, args, context) => {
    const window = pageWindow(args);
    const ids = args.search ? await searchIds(context, args.search, 'Person') : null;
    return context.repositories.pages.people({ ids }, window, context.records.fields);
  },
  changes: async (_root, args, context) => {
    const window = pageWindow(args);
    const province = args.provinceId ? await resolveId(context.loaders, args.provinceId, 'provinceId', ['Province']) : null;
    if (args.provinceId && !province) return { totalCount: 0, offset: window.offset, items: [] };
    return context.repositories.pages.changes(
      {
        from: args.from ?? null,
        to: args.to ?? null,
        kinds: args.kinds ? args.kinds.map(fromEnum) : null,
        province: province?.id ?? null,
      },
      window,
      context.records.fields,
    );
  },
  events: async (_root, args, context) => {
    const window = pageWindow(args);
    const subject = args.subjectId ? await resolveId(context.loaders, args.subjectId, 'subjectId') : null;
    if (args.subjectId && !subject) return { totalCount: 0, offset: window.offset, items: [] };
    return context.repositories.pages.events(
      {
        from: args.from ?? null,
        to: args.to ?? null,
        kinds: args.kinds ? args.kinds.map(fromEnum) : null,
        subject: subject?.id ?? null,
      },
      window,
      context.records.fields,
    );
  },

  timeline: async (_root, args, context) => {
    const types: NodeType[] = ['Province', 'Office', 'Person'];
    // The facts first: their query also brings the subject back, so checking it costs nothing.
    await context.loaders.timelineFacts.load(expectedSlug(args.subjectId, 'subjectId', types));
    const ref = await mustExist(context, args.subjectId, 'subjectId', types);
    const subject = (await loadEntity(context.loaders, ref)) as Extract<
      EntityRecord,
      { __typename: 'Province' | 'Office' | 'Person' }
    > | null;
    if (!subject) throw new NotFoundError('a Province, Office or Person', args.subjectId);
    return timelineOf(subject, args, context);
  },

  lineage: async (_root, { provinceId, direction, maxDepth }, context) => {
    checkRange(maxDepth, 1, 10, 'maxDepth');
    const id = expectedSlug(provinceId, 'provinceId', ['Province']);
    const directions = direction === 'BOTH' ? (['PREDECESSORS', 'SUCCESSORS'] as const) : [direction];
    const found = await context.repositories.graph.lineage(id, directions, maxDepth, context.records.fields);
    if (!found) throw await whyMissing(context, provinceId, 'provinceId', ['Province']);
    context.loaders.remember([...found.provinces, ...found.changes]);
    return { root: found.root.id, links: found.links };
  },

  path: async (_root, { fromId, toId, maxHops, viaSources }, context) => {
    checkRange(maxHops, 1, 10, 'maxHops');
    const [from, to] = [expectedSlug(fromId, 'fromId'), expectedSlug(toId, 'toId')];
    if (from === to) {
      const ref = await mustExist(context, fromId, 'fromId');
      return [{ nodes: [(await loadEntity(context.loaders, ref))!], relationships: [] }];
    }
    const paths = await context.repositories.graph.paths(
      from,
      to,
      { maxHops, viaSources: viaSources ?? false, limit: 10 },
      context.records.fields,
    );
    // No path: say so only once both ends are known to exist.
    if (paths.length === 0) await Promise.all([mustExist(context, fromId, 'fromId'), mustExist(context, toId, 'toId')]);
    context.loaders.remember(paths.flatMap((path) => path.nodes));
    return paths;
  },

  search: async (_root, { text, types, first }, context) => {
    checkSearchText(text, 'text');
    checkRange(first, 1, MAX_SEARCH_RESULTS, 'first');
    const query = toFullTextQuery(text);
    if (!query) return [];
    const labels = types ? types.map((t) => t.charAt(0) + t.slice(1).toLowerCase()) : null;
    const hits = await context.repositories.graph.search(query, labels, first, context.records.fields);
    context.loaders.remember(hits.map((hit) => hit.node));
    return hits;
  },
};
