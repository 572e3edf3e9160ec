// One flat config for the whole monorepo. The dependency direction of STYLE.md
// (domain <- contracts <- api / web) is enforced by import-x/no-restricted-paths
// and no-restricted-imports, not by convention.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const frameworkImports = [
  { group: ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', 'fastify', '@fastify/*', 'node:*'], message: 'libs/domain is pure: no framework, database or Node I/O imports.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.data/**', '**/test-results/**', '**/playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './libs/domain', from: ['./libs/contracts', './apps'], message: 'domain depends on nothing.' },
            { target: './libs/contracts', from: './apps', message: 'contracts depend only on domain.' },
            { target: './apps/web', from: './apps/api', message: 'web talks to api over HTTP, through contracts.' },
            { target: './apps/api', from: './apps/web', message: 'api never imports web code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...frameworkImports, { group: ['@outcome-atlas/*'], message: 'domain depends on nothing.' }] }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The benchmark measures the built package the way the apps consume it.
    files: ['libs/domain/bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...frameworkImports] }] },
  },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...frameworkImports, { group: ['@outcome-atlas/api', '@outcome-atlas/web'], message: 'contracts depend only on domain.' }] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@outcome-atlas/api', '@outcome-atlas/api/*', '@nestjs/*', 'typeorm'], message: 'web talks to the api over HTTP only.' }] }],
    },
  },
  {
    // Tests read loosely typed JSON responses; strictness there buys little.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/api/**/*.ts', 'libs/**/*.ts', 'tools/**/*.{ts,js}', 'e2e/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
);
