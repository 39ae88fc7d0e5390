/**
 * Diagnostics and their stable codes. The table below is the single source for the README's
 * table of diagnostics, the CLI output and the links VS Code shows (`code.target`).
 */
import type { Span } from './source';

export type DiagnosticSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedInformation {
  readonly message: string;
  readonly span: Span;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  /** Says what is wrong and what to do about it. */
  readonly message: string;
  /** The offending key or value, never the whole file. */
  readonly span: Span;
  readonly related?: readonly RelatedInformation[];
  /** `unnecessary` fades the range out (e.g. a dependency on a cancelled task). */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /**
   * Facts quick fixes need, so they do not re-derive them: e.g. `{ taskId, suggestion }`.
   * Plain JSON only.
   */
  readonly data?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

export interface CodeInfo {
  readonly severity: DiagnosticSeverity;
  /** Short title for the README table. */
  readonly title: string;
  /** What it means and how to fix it, for the README table. */
  readonly help: string;
}

export const CODES = {
  // Syntax and schema (the parser).
  PP001: { severity: 'error', title: 'YAML syntax error', help: 'The file is not valid YAML at this place. Fix the indentation or quoting; the rest of the file is still analysed where possible.' },
  PP002: { severity: 'error', title: 'Wrong type', help: 'The value has the wrong type for this field (e.g. a list where text is expected). See the schema for the field.' },
  PP003: { severity: 'error', title: 'Missing required field', help: 'A required field is missing (e.g. `id` or `name` of a task, `program` or `start` at the top).' },
  PP004: { severity: 'error', title: 'Value not allowed', help: 'The value is not one of the allowed values (e.g. a task `status` or a risk `impact`).' },
  PP005: { severity: 'warning', title: 'Unknown key', help: 'The key is not part of the format and is probably a typo. Keys starting with `x-` are yours and never flagged.' },
  PP006: { severity: 'error', title: 'Invalid date', help: 'Dates are written `YYYY-MM-DD` and must exist on the calendar (`2026-02-30` does not). A date without its zeros (`2027-2-5`) gets the padded one as a fix.' },
  PP007: { severity: 'error', title: 'Invalid duration or lag', help: 'A duration is a whole number of working days ≥ 0, or text like `3d` (days) or `2w` (weeks of 5 working days); a lag is written the same way, negative for a lead. `2 weeks` or `1.5w` get a message saying what to write (and a fix when it is a whole number of days).' },
  PP008: { severity: 'error', title: 'Value out of range', help: 'The value is outside its allowed range (e.g. `progress` must be 0–100, an `estimate` must have optimistic ≤ likely ≤ pessimistic).' },
  PP009: { severity: 'error', title: 'Not a program file', help: 'The file must be a YAML mapping with at least `program` and `start`.' },
  // References and dependencies.
  PP101: { severity: 'error', title: 'Duplicate id', help: 'Two items of the same kind share an id; references to it would be ambiguous. Rename one.' },
  PP102: { severity: 'error', title: 'Unknown task', help: 'The referenced task id does not exist. The message suggests the closest id when there is one.' },
  PP103: { severity: 'error', title: 'Task depends on itself', help: 'A task cannot depend on itself. Remove the dependency.' },
  PP104: { severity: 'error', title: 'Dependency cycle', help: 'The tasks depend on each other in a loop, so none of them can be scheduled. Reported once per loop, at its dependency written first, with every dependency of the loop listed: break the cycle by removing one of them.' },
  PP105: { severity: 'warning', title: 'Dependency on a cancelled task', help: 'The predecessor is cancelled, so the dependency no longer constrains anything. Remove it or depend on the replacement work.' },
  PP106: { severity: 'warning', title: 'Unknown task in risk', help: 'A risk links to a task id that does not exist (in `tasks` or in `schedule.tasks`).' },
  PP107: { severity: 'error', title: 'Unknown task in scenario', help: 'A scenario changes, or makes an added task depend on, a task id that does not exist. The message suggests the closest id when there is one.' },
  PP108: { severity: 'error', title: 'Unknown scenario', help: 'A decision lists an option that is not the id of a scenario under `scenarios`.' },
  PP109: { severity: 'error', title: 'Added task id already used', help: 'A scenario adds a task with an id that a task (or another added task of the scenario) already has. Give the new task its own id.' },
  // RACI.
  PP201: { severity: 'warning', title: 'Task without owner', help: 'Every task needs a Responsible person (`owner`). A quick fix offers the team lead and team members.' },
  PP202: { severity: 'warning', title: 'No accountable person', help: 'Neither the task nor the program names an `accountable` person.' },
  PP203: { severity: 'error', title: 'Unknown person', help: 'The person id is not listed under `people`. Fix the spelling or add the person; a person\'s name written for the id gets the id as a fix.' },
  PP204: { severity: 'error', title: 'Unknown team', help: 'The team id is not listed under `teams`.' },
  PP205: { severity: 'warning', title: 'Team without lead', help: 'Every team needs a `lead` who answers for its work.' },
  PP206: { severity: 'warning', title: 'More than one accountable', help: 'RACI allows exactly one Accountable person per task. Keep one.' },
  // RAID hygiene.
  PP301: { severity: 'warning', title: 'High risk without mitigation', help: 'An open risk of high probability or high impact needs a `mitigation`.' },
  PP302: { severity: 'warning', title: 'High risk without owner', help: 'An open risk of high probability or high impact needs an `owner`.' },
  PP303: { severity: 'warning', title: 'Action past due', help: 'An open action is past its `due` date (as of `statusDate`, or today).' },
  PP304: { severity: 'warning', title: 'Decision overdue', help: 'A decision is still pending after its `needBy` date.' },
  PP305: { severity: 'warning', title: 'Blocked task without blocker', help: 'A `blocked` task should say what blocks it in `blocker`.' },
  PP306: { severity: 'info', title: 'Influential stakeholder without strategy', help: 'A stakeholder of high `influence` should have a `strategy` saying how the program engages them (manage closely, keep satisfied).' },
  PP307: { severity: 'info', title: 'Informed or consulted person not a stakeholder', help: 'Off by default (setting `programPilot.stakeholders.checkInformedConsulted`, `program-pilot check --informed-consulted`): a person in a task\'s `informed` or `consulted` is not under `stakeholders` (by id or name) while the plan lists stakeholders. Add them to the stakeholder map, or take them off the task.' },
  // Progress consistency.
  PP401: { severity: 'error', title: 'Finish before start', help: '`actualFinish` is earlier than `actualStart`.' },
  PP402: { severity: 'warning', title: 'Done without actual finish', help: 'A `done` task should record its `actualFinish` date.' },
  PP403: { severity: 'warning', title: 'Complete but not done', help: '`progress: 100` on a task whose status is not `done`.' },
  PP404: { severity: 'warning', title: 'Actual date in the future', help: 'An actual date is later than the `statusDate` of the file.' },
  // Schedule.
  PP501: { severity: 'error', title: 'Deadline missed', help: 'The earliest possible finish is later than the `deadline`; the message names the chain of tasks that drives it.' },
  PP502: { severity: 'warning', title: 'Launch before the work is done', help: 'The `launch.date` is earlier than the projected finish of the program.' },
  PP503: { severity: 'warning', title: 'Checklist item without owner', help: 'Every launch checklist item needs an `owner` who signs it off.' },
  PP504: { severity: 'warning', title: 'Checklist item open in launch week', help: 'A launch checklist item is not `done` within a week of the `launch.date` (or after it), as of `statusDate` or today.' },
  // Baselines (git refs the plan names).
  PP601: { severity: 'error', title: 'Unknown baseline', help: 'The `baseline` names a git ref (tag, branch or commit) the repository does not have. The message suggests the closest tag; fix the name, fetch the tags (`git fetch --tags`) or make the baseline with `program-pilot baseline set`.' },
  PP602: { severity: 'warning', title: 'Baseline cannot be used', help: 'The baseline ref exists but its version of the plan cannot be compared: the commit has no such file (renames are followed), that version is not a program file, or the clone is shallow and lacks the commit. The message says which.' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

/** Codes about the file's git repository (its baseline refs): `analyze` of the text alone never reports them. */
export const REPOSITORY_CODES: readonly DiagnosticCode[] = ['PP601', 'PP602'];

/** Codes the analysis reports but the editor and `check` show only when asked (a setting, a flag). */
export const OPTIONAL_CODES: readonly DiagnosticCode[] = ['PP307'];

/** The diagnostics without the optional codes not in `enabled`. */
export function withoutOptional<D extends { readonly code: DiagnosticCode }>(diagnostics: readonly D[], enabled: readonly DiagnosticCode[] = []): D[] {
  return diagnostics.filter((d) => !OPTIONAL_CODES.includes(d.code) || enabled.includes(d.code));
}

/** Makes a diagnostic with the code's default severity. */
export function diagnostic(
  code: DiagnosticCode,
  span: Span,
  message: string,
  extra: Partial<Pick<Diagnostic, 'related' | 'tags' | 'data' | 'severity'>> = {},
): Diagnostic {
  return { code, severity: extra.severity ?? CODES[code].severity, message, span, ...extra };
}

/** Where the README documents each code; used as the diagnostic's `code.target`. */
export const DIAGNOSTICS_DOC_URL = 'https://github.com/program-pilot/program-pilot#diagnostics';
