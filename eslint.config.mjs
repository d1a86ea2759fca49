import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url']

// The renderer's own fences, repeated in each renderer block below: a block's options replace
// the earlier block's for the same rule, they do not add to it.
const rendererFences = [
  {
    group: ['electron', 'electron/*', ...nodeModules],
    message: 'The renderer never imports Electron or Node modules: use the desktop bridge.',
  },
  { group: ['**/electron/**'], message: 'The renderer imports nothing from electron/.' },
]
// Feature folders are flat: a path that leaves the folder sideways (`../other/...`) or names
// features/ is another feature. What two features share lives in ui/ or data/, and app/ composes them.
const otherFeature = {
  regex: String.raw`^\.\./(?!\.)|(^|/)features/`,
  message: 'A feature imports nothing from another feature: move what they share to ui/ or data/, compose in app/.',
}
const noDatabaseInFeatures = {
  group: ['dexie', 'dexie-*', '**/data/db'],
  message: 'Features never touch the database: read through a hook in data/hooks/, write through a repository.',
}
const belowFeatures = { group: ['**/features/**'], message: 'ui/ and data/ sit below the features: they import nothing from features/.' }
const componentsNoDb = {
  group: ['**/data/db', 'dexie'],
  allowTypeImports: true,
  message: 'Components never import the db: use a repository and a feature hook.',
}
const noDbHandle = 'Features never touch the database: read through a hook in data/hooks/, write through a repository or a data hook.'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.cache/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.tools.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Config files are loaded by tools that want a default export.
    files: ['**/*.config.ts', '**/*.config.mjs', 'electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'dexie', 'dexie-*', ...nodeModules],
              message: 'shared/ is pure TypeScript: no Electron, React, Dexie or Node.',
            },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing from renderer/ or electron/.' },
          ],
        },
      ],
    },
  },
  {
    // Tests of shared/ may read fixtures and fonts from disk; the code under test stays pure.
    files: ['shared/**/*.test.ts', 'shared/**/__fixtures__/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'no-restricted-imports': ['error', { patterns: rendererFences }],
    },
  },
  {
    files: ['renderer/src/ui/**/*.ts', 'renderer/src/ui/**/*.tsx', 'renderer/src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererFences, belowFeatures] }],
    },
  },
  {
    files: ['renderer/src/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererFences, componentsNoDb] }],
    },
  },
  {
    files: ['renderer/src/ui/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererFences, belowFeatures, componentsNoDb] }],
    },
  },
  {
    // Tests of a feature may build a real database to mount the data provider on (that is how
    // they show what a user sees); they still stay inside their own feature.
    files: ['renderer/src/features/**/*.test.ts', 'renderer/src/features/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererFences, otherFeature] }],
    },
  },
  {
    files: ['renderer/src/features/**/*.ts', 'renderer/src/features/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererFences, otherFeature, noDatabaseInFeatures] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "MemberExpression[property.name='db']", message: noDbHandle },
        { selector: "ObjectPattern > Property[key.name='db']", message: noDbHandle },
      ],
    },
  },
  {
    // A write made from stored rows reads them in the commit's turn (ctx.commit(async (db) => ...)
    // or updateRow): a read through ctx.db before the commit lets two quick updates lose one.
    files: ['renderer/src/data/repositories/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "MemberExpression[object.name='ctx'][property.name='db']",
          message: 'Read the rows a write depends on inside ctx.commit(async (db) => ...) or updateRow, not through ctx.db before it.',
        },
        {
          selector: "VariableDeclarator[init.name='ctx'] > ObjectPattern > Property[key.name='db']",
          message: 'Read the rows a write depends on inside ctx.commit(async (db) => ...) or updateRow, not through ctx.db before it.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ imports nothing from renderer/.' }],
          paths: [],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc/handle.ts', 'electron/main/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only ipc/handle.ts imports ipcMain.' },
      ],
    },
  },
  {
    files: ['electron/main/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'storage/ is plain Node so it can be tested and reused.' },
            { group: ['**/renderer/**'], message: 'electron/ imports nothing from renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
