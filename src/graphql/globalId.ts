import { BadUserInputError } from '../errors/BadUserInputError.js';
import { NODE_TYPES, type NodeType } from '../model/NodeType.js';

/** The Relay global id: base64url of "Type:slug", opaque to clients and stable across loads. */
export function toGlobalId(type: NodeType, slug: string): string {
  return Buffer.from(`${type}:${slug}`, 'utf8').toString('base64url');
}

export interface ParsedId {
  /** Null when the input was a bare slug (a readable seed id): its type is looked up in the graph. */
  readonly type: NodeType | null;
  readonly slug: string;
}

const SLUG = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * Reads a global id, or a bare slug such as "vinh-long-1992": historians type slugs they see in
 * seeds/ and Neo4j Browser, so every `id` argument takes either.
 */
export function parseId(input: string, argumentName = 'id'): ParsedId {
  const decoded = Buffer.from(input, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):(.+)$/.exec(decoded);
  if (
    match &&
    (NODE_TYPES as readonly string[]).includes(match[1]!) &&
    SLUG.test(match[2]!) &&
    toGlobalId(match[1] as NodeType, match[2]!) === input
  ) {
    return { type: match[1] as NodeType, slug: match[2]! };
  }
  if (SLUG.test(input)) return { type: null, slug: input };
  throw new BadUserInputError(
    `Expected "${argumentName}" to be a global id from this API or a slug such as vinh-long-1992, but got: ${JSON.stringify(input)}.`,
    argumentName,
  );
}
