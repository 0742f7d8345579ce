/** Marks a branch the code's own guarantees make impossible; reaching it is a bug in diachi. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
