/** Rows of `{ owner, record }` grouped by owner, in the order of `owners` (empty when none). */
export function groupByOwner<T>(owners: readonly string[], rows: ReadonlyArray<{ owner: string; record: T }>): T[][] {
  const byOwner = new Map<string, T[]>();
  for (const { owner, record } of rows) {
    const list = byOwner.get(owner);
    if (list) list.push(record);
    else byOwner.set(owner, [record]);
  }
  return owners.map((owner) => byOwner.get(owner) ?? []);
}
