import type { Resolvers } from '../generated/graphql.js';
import { CalendarDate } from '../graphql/CalendarDate.js';
import { Change, Flow } from './Change.js';
import {
  ChangeConnection,
  EventConnection,
  OfficeConnection,
  PersonConnection,
  ProvinceConnection,
  TenureConnection,
} from './connections.js';
import { Event } from './Event.js';
import { ExternalId } from './ExternalId.js';
import { HistoricalDate, MonthDay } from './HistoricalDate.js';
import { Lineage, LineageLink } from './Lineage.js';
import { Node } from './Node.js';
import { Office } from './Office.js';
import { Path } from './Path.js';
import { Person } from './Person.js';
import { Province } from './Province.js';
import { Query } from './Query.js';
import { Source } from './Source.js';
import { Tenure } from './Tenure.js';
import { TimelineEntry } from './TimelineEntry.js';

export const resolvers: Resolvers = {
  CalendarDate,
  Query,
  Node,
  Province,
  Change,
  Flow,
  Office,
  Person,
  Tenure,
  Event,
  Source,
  ExternalId,
  HistoricalDate,
  MonthDay,
  TimelineEntry,
  Lineage,
  LineageLink,
  Path,
  ProvinceConnection,
  ChangeConnection,
  OfficeConnection,
  PersonConnection,
  TenureConnection,
  EventConnection,
};
