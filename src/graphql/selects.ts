import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the field being resolved, for the field at `path` (field names,
 * not aliases; fragments and inline fragments are looked through). Resolvers use it to fetch a
 * nested selection in the same query as its parent. `@skip`/`@include` are not evaluated: a field
 * they leave out is fetched for nothing, which costs a little and is never wrong.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    level = level.flatMap((field) => childFields(field.selectionSet, name, info.fragments));
    if (level.length === 0) return false;
  }
  return true;
}

function childFields(set: SelectionSetNode | undefined, name: string, fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return childFields(selection.selectionSet, name, fragments);
      case Kind.FRAGMENT_SPREAD:
        return childFields(fragments[selection.name.value]?.selectionSet, name, fragments);
    }
  });
}
