/**
 * `program-pilot <command> …`: the command-line front end over the same core as the editor,
 * so a team can gate its plan in CI.
 */
import { ISSUES_URL, VERSION } from './about';
import { oneLine } from './args';
import type { CliCommand, CliIo } from './command';
import { checkCommand } from './commands/check';
import { scheduleCommand } from './commands/schedule';
import { ganttCommand } from './commands/gantt';
import { criticalPathCommand } from './commands/criticalPath';
import { statusCommand } from './commands/status';
import { dependenciesCommand } from './commands/dependencies';
import { baselineCommand } from './commands/baseline';
import { historyCommand } from './commands/history';
import { metricsCommand } from './commands/metrics';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { whatifCommand } from './commands/whatif';
import { forecastCommand } from './commands/forecast';
import { charterCommand } from './commands/charter';
import { raidCommand } from './commands/raid';
import { stakeholdersCommand } from './commands/stakeholders';
import { launchCommand } from './commands/launch';
import { nodeIo } from './nodeIo';

const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  scheduleCommand,
  ganttCommand,
  criticalPathCommand,
  statusCommand,
  dependenciesCommand,
  baselineCommand,
  historyCommand,
  metricsCommand,
  importCommand,
  exportCommand,
  whatifCommand,
  forecastCommand,
  charterCommand,
  raidCommand,
  stakeholdersCommand,
  launchCommand,
];

/** The exit status of a failure in Program Pilot itself, apart from usage errors (2). */
export const INTERNAL_ERROR = 3;

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: program-pilot <command> [options] <file…>',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `program-pilot <command> --help` for the options of a command.',
    '`program-pilot --version` prints the version; --debug (with any command) shows the stack',
    'trace of an internal error.',
    '',
    'Exit status: 0 success, 1 the plan has errors (or cannot be scheduled or drawn),',
    '2 usage error or unreadable file, 3 internal error (a bug: please report it).',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const debug = argv.slice(0, end).includes('--debug');
  const args = debug ? [...argv.slice(0, end).filter((arg) => arg !== '--debug'), ...argv.slice(end)] : argv;
  try {
    return await dispatch(args, io);
  } catch (error) {
    io.stderr(internalErrorMessage(error, debug));
    return INTERNAL_ERROR;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`program-pilot: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  return command.run(args, io);
}

/** One line that asks for a report; the stack only on request, since it helps us, not the user. */
function internalErrorMessage(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `program-pilot: internal error: ${oneLine(message)}. This is a bug in Program Pilot; please report it at ${ISSUES_URL} with the command you ran${debug ? '' : ' (--debug adds the stack trace)'}.\n`;
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  return line + stack;
}

if (require.main === module) {
  main(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
