import type { CodegenConfig } from '@graphql-codegen/cli';

// The SDL in schema/ is the single source of truth: resolver types for src/ and typed operations
// for the tests are generated from it, never written by hand.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#Context',
        mapperTypeSuffix: 'Model',
        // Resolvers receive the repositories' records (src/repositories/records.ts), not the
        // GraphQL shapes: field resolvers turn slugs into objects through the loaders.
        mappers: {
          Province: '../repositories/records.js#ProvinceRecord',
          Change: '../repositories/records.js#ChangeRecord',
          Office: '../repositories/records.js#OfficeRecord',
          Person: '../repositories/records.js#PersonRecord',
          Tenure: '../repositories/records.js#TenureRecord',
          Event: '../repositories/records.js#EventRecord',
          Source: '../repositories/records.js#SourceRecord',
          Dispute: '../repositories/records.js#DisputeRecord',
          ExternalId: '../repositories/records.js#ExternalIdRecord',
          HistoricalDate: '../dates/index.js#HistoricalDate',
          TimelineEntry: '../timeline/TimelineEntry.js#TimelineEntry',
          Lineage: '../repositories/records.js#LineageRecord',
          LineageLink: '../repositories/records.js#LineageLinkRecord',
          Flow: '../repositories/records.js#FlowRecord',
          Path: '../repositories/records.js#PathRecord',
          PathRelationship: '../repositories/records.js#PathRelationshipRecord',
          SearchHit: '../repositories/records.js#SearchHitRecord',
          MonthDay: '../repositories/records.js#MonthDayRecord',
          ProvinceConnection: '../repositories/records.js#ProvinceConnectionRecord',
          ChangeConnection: '../repositories/records.js#ChangeConnectionRecord',
          OfficeConnection: '../repositories/records.js#OfficeConnectionRecord',
          PersonConnection: '../repositories/records.js#PersonConnectionRecord',
          TenureConnection: '../repositories/records.js#TenureConnectionRecord',
          EventConnection: '../repositories/records.js#EventConnectionRecord',
        },
        enumsAsTypes: true,
        scalars: { CalendarDate: '../graphql/CalendarDateValue.js#CalendarDateValue' },
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'tests/generated/operations.ts': {
      documents: 'tests/operations/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { CalendarDate: 'string' } },
    },
  },
};

export default config;
