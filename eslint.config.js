// Type-aware lint with zero warnings allowed, plus the layering rules of DESIGN.md §1:
// core/ imports nothing of Node, Electron, React or the DOM; the renderer never reaches into electron/;
// only electron/ipc.ts may import ipcMain and only electron/preload.ts ipcRenderer.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'zlib',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'coverage/**', 'docs/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vite.config.ts', 'vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'vite.config.ts', 'vitest.config.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', 'react/*', 'react-dom/*', ...nodeBuiltins],
              message: 'core/ is pure: no Node, Electron, React or DOM imports (DESIGN.md §1).',
            },
            { group: ['**/electron/**', '**/renderer/**'], message: 'core/ imports nothing of the layers above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', ...nodeBuiltins],
              message: 'The renderer talks to the Node side only through the Calepin API (renderer/src/api/client.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc.ts', 'electron/preload.ts', 'electron/main.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Services run in plain Node: only electron/main.ts, ipc.ts, preload.ts and electron/shell/ import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shell/**/*.ts', 'electron/main.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only electron/ipc.ts imports ipcMain.' },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Only electron/preload.ts imports ipcRenderer.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests read parsed JSON from real processes and files; asserting its shape is their job.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
