import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed documents from schema.graphql (printed from the API by `npm run schema`) and
 * the operations written next to their hooks in src/features/<feature>/api. A renamed field in the API
 * becomes a type error here.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/features/*/api/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsConst: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
