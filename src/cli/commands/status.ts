/**
 * `program-pilot status <file>`: the weekly status report, the same Markdown the editor's
 * "Generate Weekly Status" shows, as a self-contained HTML page, or the report's data as JSON.
 */
import { metricsFromGit } from '../../core/history/metricsFromGit';
import { resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { LineIndex } from '../../core/source';
import { buildStatusReport, statusJson } from '../../core/status/report';
import { statusHtml, statusMarkdown } from '../../core/status/reportDocument';
import { weekOverWeekFromGit } from '../../core/status/weekOverWeekFromGit';
import { reportBaselineFromGit } from '../../core/baseline/reportBaseline';
import { isoDate, oneOf, parseCommandArgs, readProgramText, wholeNumber } from '../args';
import type { CliCommand } from '../command';
import { ALLOW_ERRORS_USAGE, exitForPlanErrors } from '../planErrors';

const USAGE = `Usage: program-pilot status [options] <file>

Prints the weekly status report of a program file: overall status, milestones, completed
work, work in progress, cross-team dependencies, risks and issues, metrics, next week's
goals, actions due, launch readiness, decisions needed and, when the file is in a git
repository, what changed since its version committed a week before. When the plan has
errors the report says so first and its status is never green.

Options:
  --as-of YYYY-MM-DD       The report date (default: the file's statusDate, else today).
  --format md|html|json    Markdown (default), a self-contained HTML page for email or a
                           wiki, or the report's data as JSON ("version": 1, see README).
  --blocked-risk-days N    A blocked critical task is red when its late start is at most
                           N working days away (default: the plan's
                           reporting.blockedRiskDays, else 10).
  --no-history             Do not compare with the version in git (last week's, and the baseline's).
${ALLOW_ERRORS_USAGE}
  -h, --help               Show this help.

Exit status: 0 on success, 1 when the plan has errors (the report is still printed),
2 on a usage error or a file that cannot be read, 3 on an internal error.
`;

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Print the weekly status report of a program file (Markdown, HTML or JSON)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      values: { 'as-of': isoDate, format: oneOf(['md', 'html', 'json']), 'blocked-risk-days': wholeNumber(0) },
      flags: ['no-history', 'allow-errors'],
      files: 'one',
    });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot status: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const text = readProgramText(io, 'status', file);
    if (text === undefined) return 2;
    const asOf = parsed.values.get('as-of');
    const analysis = analyze(text, asOf ? { asOf } : {});
    const history = !parsed.flags.has('no-history');
    const weekOverWeek = history ? await weekOverWeekFromGit(analysis, resolve(io.cwd, file), analysis.asOf) : { unavailable: 'history not requested (--no-history)' };
    const baseline = history ? await reportBaselineFromGit(analysis, resolve(io.cwd, file)) : undefined;
    const historyMetrics = history ? (await metricsFromGit(analysis, resolve(io.cwd, file))).metrics : undefined;
    const lines = new LineIndex(text);
    const riskDays = parsed.values.get('blocked-risk-days');
    const report = buildStatusReport({
      program: analysis.program,
      schedule: analysis.schedule,
      asOf: analysis.asOf,
      weekOverWeek,
      ...(baseline ? { baseline } : {}),
      ...(historyMetrics ? { historyMetrics } : {}),
      source: { diagnostics: analysis.diagnostics, positionAt: (offset) => lines.positionAt(offset), fileName: file },
      ...(riskDays === undefined ? {} : { blockedRiskDays: Number(riskDays) }),
    });
    const format = parsed.values.get('format');
    io.stdout(format === 'json' ? statusJson(report) : format === 'html' ? statusHtml(report) : statusMarkdown(report));
    return exitForPlanErrors(io, 'status', file, text, analysis.diagnostics, parsed.flags.has('allow-errors'));
  },
};
