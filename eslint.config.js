// ESLint for the TypeScript sources, tests and scripts, with type information from
// tsconfig.json. The rules are the type-aware ones that catch real bugs in a strict codebase
// (promises nobody awaits, async callbacks where sync ones are expected, type-only imports);
// layout is Prettier's business, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'coverage/', 'node_modules/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() and describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // `x == null` (null or undefined) is the one loose comparison the code uses on purpose.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The code escapes and tests for control characters by design (file names, workflow commands).
      'no-control-regex': 'off',
      // A zero-width space keeps `**/` in a comment from closing it.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      // An async callback is how a sync throw becomes a rejection (Promise.allSettled over cleanups).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
