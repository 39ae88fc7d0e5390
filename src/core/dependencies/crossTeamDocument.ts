/**
 * The cross-team dependency table as report blocks (Markdown, HTML, the preview), as CSV for
 * spreadsheets, and the one-line summary the hover on a `dependsOn` entry shows.
 */
import { em, strong, text, type Block } from '../status/document';
import { dayText } from '../status/dayText';
import { csvLines } from '../text/csv';
import { STATUS_LABELS, STATUS_WORDS, type CrossTeamDependency } from './crossTeam';

export const CROSS_TEAM_HEADER = ['Deliverable', 'From team (owner)', 'Needed by team', 'Needed by', 'Forecast', 'Status'] as const;

export function crossTeamTable(rows: readonly CrossTeamDependency[]): Block {
  if (rows.length === 0) return { kind: 'paragraph', content: [em('No dependencies between teams.')] };
  return {
    kind: 'table',
    header: [...CROSS_TEAM_HEADER],
    rows: rows.map((row) => [
      [strong(row.deliverable.name)],
      [text(fromTeam(row))],
      [text(`${row.neededByTeam.name} for `), em(row.neededFor.name)],
      [text(row.neededBy ? dayText(row.neededBy) : '—')],
      [text(row.forecast ? dayText(row.forecast) : '—')],
      [text(STATUS_LABELS[row.status])],
    ]),
  };
}

function fromTeam(row: CrossTeamDependency): string {
  return row.owner ? `${row.fromTeam.name} (${row.owner})` : row.fromTeam.name;
}

const CSV_HEADER = ['deliverable_id', 'deliverable', 'from_team', 'owner', 'needed_for_id', 'needed_for', 'needed_by_team', 'type', 'needed_by', 'forecast', 'status'];

/** One row per dependency; text from the plan that starts with `=`, `+`, `-` or `@` gets a leading `'` so spreadsheets do not run it as a formula. */
export function crossTeamCsv(rows: readonly CrossTeamDependency[]): string {
  return csvLines([
    CSV_HEADER,
    ...rows.map((row) => [
      row.deliverable.id,
      row.deliverable.name,
      row.fromTeam.name,
      row.owner ?? '',
      row.neededFor.id,
      row.neededFor.name,
      row.neededByTeam.name,
      row.type,
      row.neededBy ?? '',
      row.forecast ?? '',
      row.status,
    ].map(inert)),
  ]);
}

function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** "Platform needs Security model from Security by Fri 2026-01-16 — forecast Wed 2026-01-14, on track" (plain text). */
export function crossTeamSentence(row: CrossTeamDependency): { readonly needs: string; readonly deliverable: string; readonly rest: string } {
  const by = row.neededBy ? ` by ${dayText(row.neededBy)}` : '';
  const forecast = row.forecast ? (row.status === 'done' ? ` — done ${dayText(row.forecast)}` : ` — forecast ${dayText(row.forecast)}, ${STATUS_WORDS[row.status]}`) : ` — ${STATUS_WORDS[row.status]}`;
  return { needs: `${row.neededByTeam.name} needs `, deliverable: row.deliverable.name, rest: ` from ${row.fromTeam.name}${by}${forecast}` };
}
