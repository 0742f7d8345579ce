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
        mappers: {},
        enumsAsTypes: true,
        scalars: { Date: 'string', ISODate: 'string' },
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'tests/generated/operations.ts': {
      documents: 'tests/operations/*.graphql',
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', ISODate: 'string' } },
    },
  },
};

export default config;
