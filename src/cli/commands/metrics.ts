/**
 * `program-pilot metrics <file>`: the TPM metrics from the plan's history and its baseline, each
 * with how it was computed and over which commits.
 */
import { resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { metricsFromGit, type PlanMetrics } from '../../core/history/metricsFromGit';
import { isoDate, oneOf, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand } from '../command';

const USAGE = `Usage: program-pilot metrics [options] <file>

Prints on-time delivery, scope control, budget variance, blocker resolution time and
cross-team dependency lead time, computed from the plan's committed versions and its
\`baseline:\`, each with its method and the commits it read.

Options:
  --as-of YYYY-MM-DD   The date of "now" (default: the file's statusDate, else today).
  --format md|json     Markdown (default) or JSON.
  -h, --help           Show this help.

Exit status: 0 on success, 2 on a usage error or a file that cannot be read, 3 on an
internal error.
`;

export const metricsCommand: CliCommand = {
  name: 'metrics',
  summary: 'Print the TPM metrics from the history and the baseline (on-time, scope, budget, blockers, dependencies)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { values: { 'as-of': isoDate, format: oneOf(['md', 'json']) }, files: 'one' });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot metrics: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const text = readProgramText(io, 'metrics', file);
    if (text === undefined) return 2;
    const asOf = parsed.values.get('as-of');
    const analysis = analyze(text, asOf ? { asOf } : {});
    const result = await metricsFromGit(analysis, resolve(io.cwd, file));
    io.stdout(parsed.values.get('format') === 'json' ? `${JSON.stringify({ asOf: analysis.asOf, ...result }, null, 2)}\n` : metricsMarkdown(analysis.program.name, analysis.asOf, result));
    return 0;
  },
};

function metricsMarkdown(program: string, asOf: string, result: PlanMetrics): string {
  const out = [`# Metrics of ${program || 'the plan'} as of ${asOf}`, ''];
  for (const note of result.notes) out.push(`> Note: ${note}.`, '');
  for (const m of result.metrics) {
    const target = m.target ? ` (target ${m.target}${m.meetsTarget === undefined ? '' : m.meetsTarget ? ': met' : ': not met'})` : '';
    out.push(`## ${m.title}: ${m.value}${target}`, '', ...m.details.map((d) => `- ${d}`), '', `How: ${m.method}`, '', `Over: ${m.over}.`, '');
  }
  return out.join('\n');
}
