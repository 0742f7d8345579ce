import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { NODE_TYPES, type NodeType } from '../model/NodeType.js';
import { WHOLE_RECORDS, type RecordFields } from '../model/RecordFields.js';

// How an operation's selections become the record keys its statements fetch (src/model/
// RecordFields.ts, projected by src/cypher/projections.ts). A field of a record type reads the
// record key of its own name unless FIELD_NEEDS says otherwise: what its resolver reads, of its
// own record and of others (Tenure.province reads the tenure's place, then the office's province).
// Fields whose resolvers compute from many keys of many types (an office's lineage) ask for whole
// records of every type, as before this table existed; a timeline asks for the keys it is built from. tests/unit/graphql/
// recordFieldsOf.test.ts checks every field of every record type in schema/ against this table
// and the projections' keys, so a new or renamed field fails a test instead of reading undefined.

/**
 * Keys per type that a field's resolver reads, or WHOLE for whole records of every type; or a
 * function of the field as written, when its arguments decide.
 */
type StaticNeeds = Partial<Record<NodeType, readonly string[]>> | typeof WHOLE;
type Needs = StaticNeeds | ((field: FieldNode) => StaticNeeds);
const WHOLE = 'whole';
/** Fields that read nothing of a record but its id (which every record has): relations, loaded by id. */
const BY_ID: StaticNeeds = {};

/**
 * Province.offices filters the province's offices by kind when asked `kind`, and by their stored
 * span on the asked basis (LEGAL unless `basis` says otherwise; both when a variable decides) when
 * asked `asOf`. A variable that turns out null costs a key fetched for nothing, never a miss.
 */
const officesFilter = (field: FieldNode): StaticNeeds => {
  const argument = (name: string) => field.arguments?.find((a) => a.name.value === name)?.value;
  const keys = argument('kind') ? ['kind'] : [];
  if (argument('asOf')) {
    const basis = argument('basis');
    const bases = basis?.kind === Kind.ENUM ? [basis.value] : basis?.kind === Kind.VARIABLE ? ['LEGAL', 'OPERATING'] : ['LEGAL'];
    for (const name of bases.map((b) => b.toLowerCase())) keys.push(`${name}DefiniteFrom`, `${name}DefiniteUntil`);
  }
  return { Office: keys };
};
const ENTITY: Record<string, Needs> = { id: BY_ID, slug: BY_ID, sources: BY_ID, disputes: BY_ID };

/**
 * What a timeline is built from (src/timeline/buildTimeline.ts, src/resolvers/timelineOf.ts): the
 * dated keys of each fact, the keys its label reads, and the names of the entities it names.
 */
const TIMELINE: StaticNeeds = {
  Province: ['name', 'kind', 'established', 'dissolved', 'reestablishes'],
  Office: ['name', 'established', 'dissolved'],
  Change: ['kind', 'date', 'fromName', 'toName', 'before', 'after', 'ended', 'began', 'continued'],
  Tenure: ['title', 'start', 'end', 'attested', 'personId', 'atId', 'atLabel'],
  Event: ['date', 'title', 'subjects'],
  Person: ['name'],
};

/** Per GraphQL type, the fields whose needs are not "the record key of the same name". */
export const FIELD_NEEDS: Readonly<Record<string, Readonly<Record<string, Needs>>>> = {
  Query: { timeline: TIMELINE },
  Province: {
    ...ENTITY,
    externalIds: BY_ID,
    predecessors: BY_ID,
    successors: BY_ID,
    flowsIn: BY_ID,
    flowsOut: BY_ID,
    changes: BY_ID,
    offices: officesFilter,
    timeline: TIMELINE,
  },
  Office: {
    ...ENTITY,
    province: { Office: ['provinceId'] },
    flowsIn: BY_ID,
    flowsOut: BY_ID,
    tenures: BY_ID,
    events: BY_ID,
    holders: { Office: ['established', 'dissolved'], Tenure: ['title', 'start', 'end', 'current', 'attested'] },
    lineage: WHOLE,
    timeline: TIMELINE,
  },
  Person: { ...ENTITY, externalIds: BY_ID, tenures: BY_ID, events: BY_ID, timeline: TIMELINE },
  Tenure: {
    ...ENTITY,
    person: { Tenure: ['personId'] },
    office: { Tenure: ['atLabel', 'atId'] },
    province: { Tenure: ['atLabel', 'atId'], Office: ['provinceId'] },
  },
  // matchedDates comes with the changes page only (projections.ts, changeMatched).
  Change: { ...ENTITY, matchedDates: BY_ID },
  Event: ENTITY,
  Source: { id: BY_ID, slug: BY_ID },
  // Lineage sorts its units and changes by date.
  Lineage: { provinces: { Province: ['established'] }, changes: { Change: ['date'] } },
};

const isNodeType = (name: string): name is NodeType => (NODE_TYPES as readonly string[]).includes(name);

// The schema comes from Apollo, which may load graphql-js as CommonJS while this module loads it
// as ESM: graphql's own predicates (isObjectType, getNamedType) test `instanceof` and would fail
// across the two copies (throwing in development, answering false in production). Types are told
// apart by their toStringTag instead, which both copies set.
const kindOf = (type: GraphQLType) => (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
const namedTypeOf = (type: GraphQLType): GraphQLNamedType => {
  let inner: GraphQLType = type;
  while ('ofType' in inner && inner.ofType) inner = inner.ofType;
  return inner as GraphQLNamedType;
};
type Composite = GraphQLNamedType & { name: string };
const isComposite = (type: GraphQLNamedType | null | undefined): type is Composite =>
  !!type && ['GraphQLObjectType', 'GraphQLInterfaceType', 'GraphQLUnionType'].includes(kindOf(type) ?? '');
const fieldsOfType = (type: Composite): Record<string, GraphQLField<unknown, unknown>> =>
  'getFields' in type && kindOf(type) !== 'GraphQLInputObjectType'
    ? (type as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()
    : {};
const possibleTypesOf = (schema: GraphQLSchema, type: Composite): readonly Composite[] =>
  kindOf(type) === 'GraphQLObjectType' ? [type] : (schema.getPossibleTypes(type as never) as readonly Composite[]);

const cache = new WeakMap<OperationDefinitionNode, RecordFields>();

/**
 * The record keys an operation can read, per type: the union over every selection of the type
 * anywhere in the operation (fragments included; `@skip`/`@include` not evaluated, so a skipped
 * field is fetched for nothing, never missed). Cached on the parsed operation, which Apollo keeps
 * per query text, so a request pays one lookup.
 */
export function recordFieldsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): RecordFields {
  let fields = cache.get(operation);
  if (!fields) {
    fields = collect(schema, document, operation);
    cache.set(operation, fields);
  }
  return fields;
}

function collect(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): RecordFields {
  const root = operation.operation === 'query' ? schema.getQueryType() : null;
  if (!isComposite(root)) return WHOLE_RECORDS;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const keys = Object.fromEntries(NODE_TYPES.map((type) => [type, new Set(['id'])])) as Record<NodeType, Set<string>>;
  let whole = false;
  const visited = new Set<string>();

  const need = (needs: StaticNeeds) => {
    if (needs === WHOLE) whole = true;
    else for (const [type, list] of Object.entries(needs)) for (const key of list) keys[type as NodeType].add(key);
  };

  const walk = (set: SelectionSetNode, parent: Composite): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = fieldsOfType(parent)[name];
        if (!field) continue;
        // A field asked of an interface is asked of every type that implements it.
        for (const type of possibleTypesOf(schema, parent)) {
          const needs = FIELD_NEEDS[type.name]?.[name];
          if (needs) need(typeof needs === 'function' ? needs(selection) : needs);
          else if (isNodeType(type.name)) keys[type.name].add(name);
        }
        const inner = namedTypeOf(field.type);
        if (selection.selectionSet && isComposite(inner)) walk(selection.selectionSet, inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isComposite(condition)) walk(selection.selectionSet, condition);
      } else {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        // Validation has refused cycles; a fragment spread twice adds nothing the second time.
        if (!fragment || !isComposite(condition) || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        walk(fragment.selectionSet, condition);
      }
    }
  };
  walk(operation.selectionSet, root);
  if (whole) return WHOLE_RECORDS;
  return Object.freeze(keys);
}
