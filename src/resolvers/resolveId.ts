import { BadUserInputError } from '../errors/BadUserInputError.js';
import type { Loaders } from '../loaders/createLoaders.js';
import type { EntityRef } from '../repositories/records.js';
import { parseId } from '../graphql/globalId.js';
import type { NodeType } from '../model/NodeType.js';

/**
 * Turns an `id` argument (global id or slug) into a typed reference, or null when it names nothing.
 * With `expected`, an id of another type is the client's mistake: BAD_USER_INPUT.
 */
export async function resolveId(
  loaders: Loaders,
  input: string,
  argumentName: string,
  expected?: readonly NodeType[],
): Promise<EntityRef | null> {
  const parsed = parseId(input, argumentName);
  // A bare slug names its type only in the graph: load the entity (it stays in the request's
  // loader cache for the resolver that asked), rather than ask for its type and load it after.
  const type = parsed.type ?? (await loaders.entity.load(parsed.slug))?.__typename ?? null;
  if (type === null) return null;
  checkType(input, argumentName, type, expected);
  return { id: parsed.slug, type };
}

/** BAD_USER_INPUT when an id names a type the argument does not take. */
export function checkType(input: string, argumentName: string, type: NodeType, expected?: readonly NodeType[]): void {
  if (expected && !expected.includes(type)) {
    throw new BadUserInputError(
      `Expected "${argumentName}" to identify a ${expected.join(' or ')}, but ${JSON.stringify(input)} is a ${type}.`,
      argumentName,
    );
  }
}
