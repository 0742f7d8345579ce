import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { HistoricalDateError, parseCalendarDate, type HistoricalDate } from '../dates/index.js';

function parse(value: unknown): HistoricalDate {
  if (typeof value !== 'string') {
    throw new GraphQLError(`Expected a date written YYYY, YYYY-MM or YYYY-MM-DD, but got: ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  try {
    return parseCalendarDate(value);
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
