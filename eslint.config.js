// Lint rules that enforce the layering (see docs in README "Architecture").
// A wrong import across layers fails `npm run lint`; lint-fixtures/ proves the rules bite.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'worker_threads', 'url', 'events', 'stream'];

/** Patterns the renderer must never import: it runs in a sandboxed page. */
export const rendererForbidden = [
  { group: ['electron', 'electron/*'], message: 'the renderer talks to main only through the IPC contract' },
  { group: nodeBuiltins, message: 'the renderer has no Node APIs' },
  { group: ['better-sqlite3'], message: 'the renderer never touches SQLite' },
  { group: ['socket.io-client', 'socket.io'], message: 'sockets belong to the main process' },
  { group: ['**/main/core/**', '**/main/host/**', '**/main/electron/**', '**/main/cli/**', '**/hub/**'], message: 'the renderer may import only main/common' },
];

/** main/common is pure: no Node, no Electron, no DOM, no other layer. */
export const commonForbidden = [
  { group: ['electron', 'electron/*'], message: 'main/common is shared with the renderer: no electron' },
  { group: nodeBuiltins, message: 'main/common is pure TypeScript: no Node APIs' },
  { group: ['better-sqlite3', 'socket.io', 'socket.io-client', 'react', 'maplibre-gl'], message: 'main/common is pure TypeScript' },
  { group: ['**/main/core/**', '**/main/host/**', '**/main/electron/**', '**/hub/**', '**/renderer/**'], message: 'main/common imports nothing from other layers' },
];

/** core, host, cli and hub run under plain Node: electron would throw there. */
export const nodeLayerForbidden = [
  { group: ['electron', 'electron/*'], message: 'only main/electron and main/preload may import electron' },
  { group: ['**/renderer/**'], message: 'Node layers do not import the renderer' },
  { group: ['react', 'react-dom', 'maplibre-gl'], message: 'UI libraries belong to the renderer' },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'geo-data/out/**', 'release/**', 'e2e/artifacts/**', 'bench/out/**', 'coverage/**', 'lint-fixtures/renderer/**', 'lint-fixtures/core/**', 'lint-fixtures/common/**', 'lint-fixtures/tsc/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}', 'lint-fixtures/renderer/**'], rules: restrict(rendererForbidden) },
  { files: ['main/common/**/*.ts', 'lint-fixtures/common/**'], rules: restrict(commonForbidden) },
  { files: ['main/core/**/*.ts', 'main/host/**/*.ts', 'main/cli/**/*.ts', 'hub/**/*.ts', 'lint-fixtures/core/**'], rules: restrict(nodeLayerForbidden) },
  { files: ['**/*.cjs', 'main/preload/**/*.cts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
