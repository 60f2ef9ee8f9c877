// Lint: type-checked TypeScript rules, React hooks and accessibility rules, Microsoft SDL's
// Electron and React security rules, and one import rule that keeps Electron's IPC objects
// inside the two wrapper files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import sdl from '@microsoft/eslint-plugin-sdl';
import globals from 'globals';
import { layerConfigs } from './eslint.layers.js';

const ipcOutsideWrappers = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Only main/ipc/main-ipc.ts and preload/index.ts talk to IPC directly; use the typed contract.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': ['error', ipcOutsideWrappers],
    },
  },
  {
    files: ['main/ipc/main-ipc.ts', 'preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  ...sdl.configs.electron,
  {
    files: ['main/**/*.ts'],
    plugins: { '@microsoft/sdl': sdl },
    rules: { '@microsoft/sdl/no-insecure-url': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'preload/browser-preview-bridge.ts', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The renderer reaches main only through window.api.' }] },
      ],
    },
  },
  ...sdl.configs.react,
  ...layerConfigs,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
