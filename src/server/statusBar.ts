/**
 * What the status bar item says about a program: overall health (GREEN / AMBER / RED) and the
 * projected end date, with a tooltip that explains them. The client adds the icon and colors.
 */
import type { OverallStatus } from '../core/model';
import type { Analysis } from '../core/analyze';
import { escapeMarkdown } from '../core/status/document';
import { assessHealth, projectedEnd } from '../core/status/health';
import { isPlanError } from '../core/status/planErrors';
import { longDate, shortDate } from '../core/hover/dateText';
import type { HealthSummary } from '../protocol/requests';

const LABELS: Record<OverallStatus, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
/** How many findings the tooltip lists before "and N more". */
const MAX_FINDINGS = 5;

export function healthSummary(analysis: Analysis): HealthSummary {
  const { program, schedule, asOf } = analysis;
  // A plan with errors is never GREEN: its dates leave out what the errors break.
  const health = assessHealth(program, schedule, asOf, { errorCount: analysis.diagnostics.filter(isPlanError).length });
  const end = projectedEnd(program, schedule, asOf);
  const label = LABELS[health.status];
  const lines = [`**${escapeMarkdown(program.name || 'Program')}** — ${label.toUpperCase()}\n\n${escapeMarkdown(health.reason)}\n\n`];
  if (health.override) lines.push(`_Set by \`statusOverride\`; the data says ${health.dataStatus.toUpperCase()}: ${escapeMarkdown(health.dataReason, false)}_\n\n`);
  for (const finding of health.findings.slice(0, MAX_FINDINGS)) lines.push(`- ${finding.status.toUpperCase()}: ${escapeMarkdown(finding.message, false)}\n`);
  if (health.findings.length > MAX_FINDINGS) lines.push(`- and ${health.findings.length - MAX_FINDINGS} more\n`);
  lines.push(`\nProjected end: ${end ? longDate(end) : 'not scheduled'} (as of ${longDate(asOf)})\n\nClick to generate the weekly status report.`);
  return {
    status: health.status,
    text: `${label}${end ? ` · ends ${shortDate(end, asOf.slice(0, 4))}` : ''}`,
    accessibilityLabel: `Program health ${label}${end ? `, projected end ${longDate(end)}` : ''}. ${health.reason}`,
    tooltip: lines.join(''),
  };
}
