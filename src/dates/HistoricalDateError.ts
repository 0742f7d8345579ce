// Callers catch this one type to turn bad seed data or bad API arguments into
// user-facing messages; `input` keeps the raw value for logs and error paths.
export class HistoricalDateError extends Error {
  readonly input: unknown;
  readonly expected: string;

  // Taking the expectation rather than a whole message keeps every message in
  // the same "Expected X, but got: Y." shape.
  constructor(expected: string, input: unknown, options?: ErrorOptions) {
    super(`Expected ${expected}, but got: ${show(input)}.`, options);
    this.name = 'HistoricalDateError';
    this.input = input;
    this.expected = expected;
  }
}

// JSON quoting makes stray whitespace and empty strings visible in the message.
function show(input: unknown): string {
  return typeof input === 'string' ? JSON.stringify(input) : String(input);
}
