// ESLint for the whole tree: typescript-eslint's type-aware recommended rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Matchers that compare a value: a failure without a message shows only a diff. */
const VALUE_MATCHERS =
  '/^(toBe|toEqual|toStrictEqual|toBeCloseTo|toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual|toContain|toContainEqual|toHaveLength|toMatchObject|toMatch|toHaveProperty|toBeTruthy|toBeFalsy|toBeNaN|toBeNull|toBeUndefined|toBeDefined|toBeInstanceOf)$/';

export default defineConfig(
  { ignores: ['node_modules/', 'reports/', '.lab/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Randomness is seeded through helpers/random.ts, so results reproduce.
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'use createRng(seed) from helpers/random.ts',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A spread passes every element as an argument: past ~10^5 values the call stack overflows.
    // Not in katas/: the specs spread a handful of values, and stubs are the learner's.
    files: [
      'helpers/**/*.ts',
      'solutions/**/*.ts',
      'scripts/**/*.ts',
      'experiments/**/*.ts',
      'decoys/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min|hypot)$/] > SpreadElement",
          message:
            'use maxOf, minOf or normOf from helpers/validation.ts (a spread overflows the stack on large arrays)',
        },
      ],
    },
  },
  {
    // Specs, decoys and alternatives run only under the specs, on small fixed arrays: a spread
    // there cannot overflow, and reads as the maths.
    files: ['**/*.spec.ts', 'decoys/**/*.ts', 'solutions/*/alternatives/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // A hint on every failure (issue 12): a kata spec's value assertion names its case and what
    // the learner's value suggests, `expect(value, message)`, so a failure is never a bare diff.
    // Not flagged: the error matchers (toThrow with the function and class names its own case),
    // expectClose/expectAllClose/expectLabError (their hint option), and expect.soft/expect.poll.
    files: ['katas/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          `MemberExpression[property.name=${VALUE_MATCHERS}] > CallExpression.object[callee.name='expect'][arguments.length=1]`,
          `MemberExpression[property.name=${VALUE_MATCHERS}] > MemberExpression.object[property.name='not'] > CallExpression.object[callee.name='expect'][arguments.length=1]`,
        ].map((selector) => ({
          selector,
          message:
            'give the assertion a message: expect(value, `<case>: expected …, got …; <what the value suggests> (theory: #anchor)`)',
        })),
      ],
    },
  },
  {
    // Plain JavaScript (scripts/test.mjs starts without a TypeScript loader): no type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  {
    // A pristine stub declares the parameters the learner will use.
    files: ['katas/**/*.ts'],
    ignores: ['katas/**/*.spec.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
);
