/** A small `--flag value` / `--switch` parser for the hub commands (no dependency needed). */

/** Parsed arguments: flags by name, positionals in order. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
}

export function parseArgs(args: readonly string[], switches: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (eq > 0) flags.set(name, a.slice(eq + 1));
    else if (switches.includes(name)) flags.set(name, true);
    else {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
      flags.set(name, v);
      i++;
    }
  }
  return { flags, positional };
}

export function str(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function num(p: ParsedArgs, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${v}"`);
  return n;
}

export function checkKnown(p: ParsedArgs, known: readonly string[]): void {
  for (const k of p.flags.keys()) if (!known.includes(k)) throw new Error(`unknown option --${k}`);
}
