/**
 * `program-pilot forecast <file> [--iterations N] [--seed S] [--distribution pert|triangular]
 * [--format md|json|csv]`: the confidence forecast — P50/P80/P95 per milestone and for the
 * projected end, the chance of meeting each deadline, `targetEnd` and `launch.date`, the
 * criticality index and the top drivers.
 */
import { analyze } from '../../core/analyze';
import { DISTRIBUTIONS, type DistributionKind } from '../../core/forecast/distributions';
import { DEFAULT_ITERATIONS, MAX_ITERATIONS, runForecast, type FinishForecast, type ForecastResult } from '../../core/forecast/simulation';
import { cell } from '../../core/whatif/report';
import { oneOf, parseCommandArgs, readProgramText, wholeNumber } from '../args';
import type { CliCommand } from '../command';

const USAGE = `Usage: program-pilot forecast [options] <file>

Simulates the plan many times with each task's three-point \`estimate\` and each
risk's \`probability\` and \`schedule\` impact, and prints how confident its dates
are: P50/P80/P95 finish of every milestone (and task with a deadline) and of the
projected end, the chance of meeting each deadline, targetEnd and launch.date,
how often each task is critical, and the draws that move the end most.

Options:
  --iterations N                  Runs (default ${DEFAULT_ITERATIONS}, at most ${MAX_ITERATIONS}).
  --seed S                        Seed of the random numbers (default 1): the same plan
                                  and seed give the same numbers on every machine.
  --distribution pert|triangular  How an estimate is drawn (default pert).
  --format md|json|csv            Markdown (default), JSON, or CSV (one row per
                                  milestone and the projected end).
  -h, --help                      Show this help.

Exit status: 0 forecast printed, 1 the file has no valid start date, 2 usage
error or unreadable file, 3 internal error.
`;

const NOTHING_UNCERTAIN =
  'Nothing in this plan is uncertain yet, so every run would be the schedule itself: the dates below are the plan. ' +
  'Add `estimate: {optimistic, likely, pessimistic}` (working days) to the tasks whose duration is uncertain, ' +
  'and `probability` with `schedule: {tasks: [...], delay: 10d}` to the risks that would delay work.';

export const forecastCommand: CliCommand = {
  name: 'forecast',
  summary: 'Print the confidence forecast (P50/P80/P95 dates, chance of meeting deadlines) of a program file',
  usage: USAGE,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      values: { iterations: wholeNumber(1), seed: wholeNumber(0), distribution: oneOf(DISTRIBUTIONS), format: oneOf(['md', 'json', 'csv']) },
      files: 'one',
    });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot forecast: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const iterations = Number(parsed.values.get('iterations') ?? DEFAULT_ITERATIONS);
    if (iterations > MAX_ITERATIONS) {
      io.stderr(`program-pilot forecast: --iterations must be at most ${MAX_ITERATIONS}\n`);
      return 2;
    }
    const file = parsed.files[0];
    const text = readProgramText(io, 'forecast', file);
    if (text === undefined) return 2;
    const analysis = analyze(text);
    const result = runForecast(analysis, {
      iterations,
      seed: Number(parsed.values.get('seed') ?? 1),
      distribution: (parsed.values.get('distribution') ?? 'pert') as DistributionKind,
    });
    if (!result.ok) {
      io.stderr(`program-pilot forecast: ${file} has no valid 'start' date (YYYY-MM-DD), so nothing can be scheduled. Run 'program-pilot check ${file}' for details.\n`);
      return 1;
    }
    const format = parsed.values.get('format') ?? 'md';
    if (format === 'json') io.stdout(`${JSON.stringify({ file, ...result, ...(result.uncertain ? {} : { note: NOTHING_UNCERTAIN }) }, null, 2)}\n`);
    else if (format === 'csv') io.stdout(forecastCsv(result));
    else io.stdout(forecastMarkdown(analysis.program.name, result));
    return 0;
  },
};

function rows(result: ForecastResult): FinishForecast[] {
  return [...result.milestones, ...(result.projectEnd ? [result.projectEnd] : [])];
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function forecastMarkdown(name: string, result: ForecastResult): string {
  const lines = [`## Confidence forecast: ${cell(name)}`, ''];
  if (!result.uncertain) lines.push(NOTHING_UNCERTAIN, '');
  else {
    lines.push(
      `${result.runs} runs (seed ${result.seed}, ${result.distribution === 'pert' ? 'Beta-PERT' : 'triangular'}), ${result.estimatedTasks} estimated tasks, ${result.scheduleRisks} schedule risks.`,
      '',
    );
  }
  lines.push('| Milestone | Plan | P50 | P80 | P95 | Deadline | Chance to meet |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const f of rows(result)) {
    lines.push(`| ${cell(f.name)} | ${f.plan.date} | ${f.p50.date} | ${f.p80.date} | ${f.p95.date} | ${f.deadline?.date ?? ''} | ${f.deadline ? percent(f.deadline.probability) : ''} |`);
  }
  lines.push('');
  if (result.targetEnd) lines.push(`- Target end ${result.targetEnd.date}: met in ${percent(result.targetEnd.probability)} of runs.`);
  if (result.launch) lines.push(`- Launch ${result.launch.date}: the work is done by then in ${percent(result.launch.probability)} of runs.`);
  if (result.uncertain) {
    const critical = result.criticality.slice(0, 10).map((c) => `${cell(c.id)} ${percent(c.index)}`);
    if (critical.length > 0) lines.push(`- Most often critical: ${critical.join(', ')}.`);
    const drivers = result.drivers.map((d) => `${d.kind} ${cell(d.id)} (${d.correlation.toFixed(2)})`);
    if (drivers.length > 0) lines.push(`- Top drivers of the end date (correlation): ${drivers.join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

const CSV_COLUMNS = ['id', 'name', 'plan', 'p50', 'p80', 'p95', 'earliest', 'latest', 'deadline', 'chance_to_meet'];

function forecastCsv(result: ForecastResult): string {
  const csv = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows(result).map((f) =>
    [f.id, f.name, f.plan.date, f.p50.date, f.p80.date, f.p95.date, f.earliest.date, f.latest.date, f.deadline?.date ?? '', f.deadline ? String(f.deadline.probability) : ''].map(csv).join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}
