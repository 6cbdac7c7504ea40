import 'reflect-metadata';
import { auditCommand, AUDIT_USAGE } from './commands/audit.command.js';
import { demoCommand, DEMO_USAGE } from './commands/demo.command.js';
import { demoHistoryCommand, DEMO_HISTORY_USAGE } from './commands/demo-history.command.js';
import { keysCommand, KEYS_USAGE } from './commands/keys.command.js';
import { migrateCommand, MIGRATE_USAGE } from './commands/migrate.command.js';
import { retentionCommand, RETENTION_USAGE } from './commands/retention.command.js';
import { tokenCommand, TOKEN_USAGE } from './commands/token.command.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[], env: NodeJS.ProcessEnv) => Promise<string>;

/** Operator commands: one entry point over the same libraries the service uses. */
const COMMANDS: Record<string, { run: Command; usage: string }> = {
  token: { run: tokenCommand, usage: TOKEN_USAGE },
  keys: { run: keysCommand, usage: KEYS_USAGE },
  audit: { run: auditCommand, usage: AUDIT_USAGE },
  demo: { run: demoCommand, usage: DEMO_USAGE },
  'demo-history': { run: demoHistoryCommand, usage: DEMO_HISTORY_USAGE },
  migrate: { run: migrateCommand, usage: MIGRATE_USAGE },
  retention: { run: retentionCommand, usage: RETENTION_USAGE },
};

const HELP = new Set(['--help', '-h', 'help']);

function overview(): string {
  const lines = Object.entries(COMMANDS).map(([, command]) => `  ${command.usage}`);
  return `usage: registry-cli <${Object.keys(COMMANDS).join('|')}> [options]\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  // Asking for help is not a mistake: the usage goes to standard output and the exit code is 0.
  if (name === undefined || HELP.has(name)) {
    (name === undefined ? process.stderr : process.stdout).write(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command ${JSON.stringify(name.slice(0, 40))}\n${overview()}`);
    return 2;
  }
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    process.stdout.write(`${await command.run(args, process.env)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\nusage: ${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
