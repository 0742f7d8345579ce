import { BadUserInputError } from '../errors/BadUserInputError.js';
import type { PageWindow } from '../repositories/PageRepository.js';
import type { ConnectionRecord } from '../repositories/records.js';

/** The documented maximum page size of every connection. */
export const MAX_PAGE_SIZE = 100;

// Cursors are opaque to clients: base64url of the item's position in the ordered list.
const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw new BadUserInputError(`Expected "after" to be an endCursor from a previous page, but got: ${JSON.stringify(cursor)}.`, 'after');
  }
  return Number(match[1]);
}

/** Reads `first` / `after` into the window a repository fetches, checking both. */
export function pageWindow(args: { first?: number | null; after?: string | null }, defaultSize = 20): PageWindow {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`Expected "first" to be from 0 to ${MAX_PAGE_SIZE}, but got: ${first}.`, 'first');
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit: first };
}

/** The fields every connection type shares, over a repository page. */
export const connectionFields = {
  totalCount: (page: ConnectionRecord<unknown>) => page.totalCount,
  edges: <T>(page: ConnectionRecord<T>) => page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node })),
  pageInfo: (page: ConnectionRecord<unknown>) => ({
    hasNextPage: page.offset + page.items.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.items.length > 0 ? encodeCursor(page.offset + page.items.length - 1) : null,
  }),
};
