/**
 * `program-pilot import FILE.xml|FILE.csv [-o plan.program.yaml]`: an MS Project XML (MSPDI) or
 * CSV plan → a program file, with what could not be carried over listed on standard error and
 * at the top of the file. Exit status: 0 imported, 1 the file could not be imported, 2 usage
 * error, unreadable input or an output file that exists (without --force).
 */
import { importPlan, formatOfFile, decodeInput, type ImportFormat } from '../../core/interchange/importPlan';
import { isoDate, oneLine, oneOf, parseCommandArgs, readFileBytes, type ValueCheck } from '../args';
import type { CliCommand } from '../command';
import { writeOutput } from '../output';

const USAGE = `Usage: program-pilot import [options] <file.xml|file.csv>

Turns an MS Project XML file (MSPDI, as MS Project and ProjectLibre save it) or a CSV
task list (Jira's export, a Smartsheet or Excel task list, or any CSV with --map) into a
*.program.yaml file. What cannot be carried over is listed on standard error and as
comments at the top of the result; our schedule of the result is compared with the
dates the file stored.

Options:
  -o, --output FILE      Write the program file here (default: standard output).
  --force                Replace the output file if it exists.
  --from mspdi|csv       The input format (default: from the extension, else the content).
  --map FIELD=COLUMN,…   CSV: the column of each field (id, name, owner, duration, start,
                         finish, deadline, dependsOn, blocks, status, progress, phase,
                         notes), e.g. --map name=Summary,owner=Assignee.
  --delimiter CHAR       CSV: the delimiter (default: the one the header line uses most).
  --start YYYY-MM-DD     CSV: the program's start (default: the earliest start or finish).
  -h, --help             Show this help.

Exit status: 0 imported, 1 the file could not be imported (not MSPDI, not CSV, …),
2 usage error, unreadable file or existing output file, 3 internal error.
`;

const mapCheck: ValueCheck = (value) => (parseMap(value) ? undefined : `must be FIELD=COLUMN pairs separated by commas, not '${value}'`);
const delimiterCheck: ValueCheck = (value) => (unescapeDelimiter(value).length === 1 ? undefined : `must be one character (or \\t), not '${value}'`);

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Make a program file from an MS Project XML or CSV plan',
  usage: USAGE,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      values: { output: () => undefined, from: oneOf(['mspdi', 'csv']), map: mapCheck, delimiter: delimiterCheck, start: isoDate },
      flags: ['force'],
      short: { o: 'output' },
      files: 'one',
    });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot import: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const bytes = readFileBytes(io, 'import', file);
    if (bytes === undefined) return 2;
    const format = (parsed.values.get('from') as ImportFormat | undefined) ?? formatOfFile(file, decodeInput(bytes.subarray(0, 512)));
    const delimiter = parsed.values.get('delimiter');
    const map = parsed.values.get('map');
    const start = parsed.values.get('start');
    const result = importPlan(bytes, format, {
      fileName: file.replace(/^.*[\\/]/, ''),
      csv: { ...(map ? { map: parseMap(map) } : {}), ...(delimiter ? { delimiter: unescapeDelimiter(delimiter) } : {}), ...(start ? { start } : {}) },
    });
    if (!result.ok) {
      io.stderr(`program-pilot import: cannot import '${file}': ${oneLine(result.error)}\n`);
      return 1;
    }
    const { report } = result;
    if (!writeOutput(io, 'import', parsed.values.get('output'), result.yamlText, parsed.flags.has('force'))) return 2;
    const lines = [
      `${file}: ${report.tasks} task${report.tasks === 1 ? '' : 's'}, ${report.people} ${report.people === 1 ? 'person' : 'people'}; ${report.schedule}`,
      ...(report.warnings.length > 0 ? ['not carried over, or approximated:', ...report.warnings.map((w) => `  - ${w}`)] : []),
      ...(report.errors > 0 ? [`the result has ${report.errors} error(s): run 'program-pilot check' on it`] : []),
    ];
    io.stderr(lines.map((line) => `program-pilot import: ${line}\n`).join(''));
    return 0;
  },
};

/** `name=Summary,owner=Assignee` → `{ name: 'Summary', owner: 'Assignee' }`, or undefined. */
function parseMap(value: string): Record<string, string> | undefined {
  const map: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) return undefined;
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}

function unescapeDelimiter(value: string): string {
  return value === '\\t' || value === 'tab' ? '\t' : value;
}
