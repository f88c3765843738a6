/**
 * Scans built renderer JavaScript for what must never reach the sandboxed page: imports or requires
 * of Electron, Node built-ins, SQLite or socket.io, and run-time code compilation (the CSP has no
 * 'unsafe-eval'). Pure string work, so the check runs under Node in a test.
 */

/** Module names the bundle must not load. */
export const FORBIDDEN_MODULES = /^(electron(\/.*)?|node:.*|fs(\/promises)?|path|os|child_process|net|tls|http|https|crypto|worker_threads|better-sqlite3|socket\.io-client|socket\.io|ws)$/;

const IMPORT_SITES = [
  /\bfrom\s*(["'`])([^"'`]+)\1/g, // import x from "m" / export * from "m"
  /\bimport\s*(["'`])([^"'`]+)\1/g, // import "m"
  /\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g, // import("m")
  /\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g, // require("m")
];

const EVAL_SITES = [/(?<![\w$.])eval\s*\(/g, /\bnew\s+Function\s*\(/g];

export interface BundleFinding {
  kind: 'import' | 'eval';
  text: string;
}

export function scanBundleCode(code: string): BundleFinding[] {
  const findings: BundleFinding[] = [];
  for (const re of IMPORT_SITES) {
    for (const m of code.matchAll(re)) {
      const name = m[2] ?? '';
      if (FORBIDDEN_MODULES.test(name)) findings.push({ kind: 'import', text: m[0] });
    }
  }
  for (const re of EVAL_SITES) for (const m of code.matchAll(re)) findings.push({ kind: 'eval', text: m[0] });
  return findings;
}
