/**
 * `sitroom` command-line entry. Each subcommand lives in commands/<name>.ts and exports
 * `run(args: string[]): Promise<number>` (the exit code) and a one-line `summary`.
 */
const commands = {
  region: () => import('./commands/region.js'),
  serve: () => import('./commands/serve.js'),
  hub: () => import('./commands/hub.js'),
  sync: () => import('./commands/sync.js'),
  user: () => import('./commands/user.js'),
  ingest: () => import('./commands/ingest.js'),
  impact: () => import('./commands/impact.js'),
  panels: () => import('./commands/panels.js'),
  'export-cap': () => import('./commands/export-cap.js'),
  'forest-import': () => import('./commands/forest-import.js'),
} as const satisfies Record<string, () => Promise<CliCommand>>;

/** The shape every subcommand module has. */
export interface CliCommand {
  summary: string;
  run(args: string[]): Promise<number>;
}

type CommandName = keyof typeof commands;

function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name);
}

async function usage(): Promise<string> {
  const lines = ['usage: sitroom <command> [options]', '', 'commands:'];
  for (const name of Object.keys(commands) as CommandName[]) {
    const mod = await commands[name]();
    lines.push(`  ${name.padEnd(8)} ${mod.summary}`);
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await usage());
    return name ? 0 : 1;
  }
  if (!isCommand(name)) {
    console.error(`sitroom: unknown command "${name}"\n\n${await usage()}`);
    return 1;
  }
  const mod = await commands[name]();
  try {
    return await mod.run(rest);
  } catch (err) {
    console.error(`sitroom ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
