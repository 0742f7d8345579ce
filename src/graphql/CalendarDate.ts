import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { HistoricalDateError, parseCalendarDate, type HistoricalDate } from '../dates/index.js';

// Parsing goes through the edtf grammar (nearley), a tenth of the CPU of a nested page request in a
// profile, for the same few days every request asks about: parsed days are kept. Bounded, since
// the days are the client's to choose; the dates are never mutated (HistoricalDate is readonly).
const PARSED_LIMIT = 10_000;
const parsed = new Map<string, HistoricalDate>();

function parse(value: unknown): HistoricalDate {
  const known = typeof value === 'string' ? parsed.get(value) : undefined;
  if (known) return known;
  if (typeof value !== 'string') {
    throw new GraphQLError(`Expected a date written YYYY, YYYY-MM or YYYY-MM-DD, but got: ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  try {
    const date = parseCalendarDate(value);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(value, date);
    return date;
  } catch (error) {
    if (!(error instanceof HistoricalDateError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** Date arguments (`asOf`, `from`, `to`): parsed once, with their precision, before any resolver runs. */
export const CalendarDate = new GraphQLScalarType<HistoricalDate, string>({
  name: 'CalendarDate',
  serialize: (value) => (value as HistoricalDate).edtf,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
