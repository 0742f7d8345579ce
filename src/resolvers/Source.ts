import type { SourceKind, SourceResolvers } from '../generated/graphql.js';
import { toGlobalId } from '../graphql/globalId.js';
import { toEnum } from '../graphql/toEnum.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';

export const Source: SourceResolvers = {
  id: (s) => toGlobalId('Source', s.id),
  slug: (s) => s.id,
  kind: (s) => toEnum<SourceKind>(s.kind),
  date: (s) => toHistoricalDate(s.date),
};
