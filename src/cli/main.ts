/**
 * `program-pilot <command> …`: the command-line front end over the same core as the editor,
 * so a team can gate its plan in CI.
 */
import { readFileSync } from 'node:fs';
import type { CliCommand, CliIo } from './command';
import { checkCommand } from './commands/check';
import { scheduleCommand } from './commands/schedule';
import { ganttCommand } from './commands/gantt';
import { criticalPathCommand } from './commands/criticalPath';
import { statusCommand } from './commands/status';

const COMMANDS: readonly CliCommand[] = [checkCommand, scheduleCommand, ganttCommand, criticalPathCommand, statusCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: program-pilot <command> [options] <file…>',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `program-pilot <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
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

if (require.main === module) {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`program-pilot: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
