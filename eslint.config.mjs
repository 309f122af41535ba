import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const domGlobals = Object.keys(globals.browser).filter(
  (name) => !(name in globals.node) && !(name in globals.es2021),
)

/** Browser built-ins Electron does not implement usefully; banned in the renderer. */
const BLOCKING_BROWSER_DIALOGS = ['prompt', 'alert', 'confirm', 'print']

function rendererDialogBans() {
  const why = (call) => `${call}() does not work in Electron; see docs/electron-differences.md.`
  return {
    properties: ['window', 'globalThis', 'self'].flatMap((object) =>
      BLOCKING_BROWSER_DIALOGS.map((property) => ({
        object,
        property,
        message: why(`${object}.${property}`),
      })),
    ),
    globals: BLOCKING_BROWSER_DIALOGS.map((name) => ({ name, message: why(name) })),
  }
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'docs/**',
      'examples/**',
      '**/.tmp/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its error (a failed save or export said nowhere).
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Electron implements none of these usefully (prompt returns nothing, alert and confirm block behind
    // a native box, print needs webContents.print in main): the renderer uses in-app dialogs instead.
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-properties': ['error', ...rendererDialogBans().properties],
      'no-restricted-globals': ['error', ...rendererDialogBans().globals],
    },
  },
  {
    // The domain runs in Node (tests, CLI) and in the renderer: no Electron, no React, no DOM.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared must not depend on Electron.' },
            { name: 'react', message: 'src/shared must not depend on React.' },
            { name: 'react-dom', message: 'src/shared must not depend on React.' },
          ],
          patterns: [
            {
              group: ['@tiptap/react', 'react/*', 'react-dom/*'],
              message: 'src/shared must not depend on React.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/shared runs in the renderer too.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'No DOM in src/shared.' })),
      ],
    },
  },
  {
    // Raw IPC only in the registration and the preload: everything else goes through the contract.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc/registerIpc.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^(ipcMain|ipcRenderer)$/]',
          message: 'Use the typed IPC contract (src/shared/ipc), not raw ipcMain/ipcRenderer.',
        },
        {
          selector: "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']",
          message:
            "Send the renderer an event of the contract's EVENTS with sendEvent (src/main/ipc/sendEvent.ts).",
        },
      ],
    },
  },
)
