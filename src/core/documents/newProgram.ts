/**
 * The kickoff template of "New Program…": a complete, error-free plan a program manager fills
 * in — charter, teams and RACI, phases, a first milestone, a RAID log with one example of each,
 * stakeholders and a launch checklist in three readiness groups.
 */
import { dayNumber, isoFromDayNumber } from '../dates';
import type { IsoDate } from '../model';
import { slugify } from '../status/fileName';

export interface NewProgramInput {
  readonly name: string;
  readonly start: IsoDate;
  /** Team names as typed; each gets an id and a lead to fill in. */
  readonly teams: readonly string[];
}

/** `<slug>.program.yaml`. */
export function newProgramFileName(name: string): string {
  return `${slugify(name)}.program.yaml`;
}

/** Control characters and line separators: none may reach a name, a comment or a snippet. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A YAML double-quoted scalar: safe for any text the user typed. */
function quoted(value: string): string {
  return JSON.stringify(value.replace(UNPRINTABLE, ' '));
}

/** Brackets a text to fill in; {@link newProgramText} makes it a tab stop or plain text. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
function todo(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

/**
 * The template as plain text, or as a snippet whose texts to fill in are tab stops (`$`, `}` and
 * `\\` escaped as the snippet syntax needs).
 */
function finish(template: string, snippet: boolean): string {
  if (!snippet) return template.replace(/[\u0001\u0002]/g, '');
  let stop = 0;
  return template
    .split(OPEN)
    .map((piece, i) => {
      if (i === 0) return piece.replace(/[$\\]/g, '\\$&');
      const [fill, rest] = piece.split(CLOSE);
      return `\${${++stop}:${fill.replace(/[$}\\]/g, '\\$&')}}${rest.replace(/[$\\]/g, '\\$&')}`;
    })
    .join('');
}

interface TeamEntry {
  readonly id: string;
  readonly name: string;
  readonly lead: string;
}

function teamEntries(names: readonly string[]): TeamEntry[] {
  const used = new Set<string>(['tpm', 'sponsor']);
  const teams: TeamEntry[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    // Starting with a letter: a slug like `1e-1` or `0x1f` would be read as a number, not an id.
    const slug = /^[a-z]/.test(slugify(name)) ? slugify(name) : `team-${slugify(name)}`;
    let id = slug;
    for (let n = 2; used.has(id) || used.has(`${id}-lead`); n++) id = `${slug}-${n}`;
    used.add(id);
    used.add(`${id}-lead`);
    teams.push({ id, name, lead: `${id}-lead` });
  }
  return teams.length > 0 ? teams : [{ id: 'engineering', name: 'Engineering', lead: 'engineering-lead' }];
}

/** The date `days` calendar days after `date` (the template's placeholders for due and need-by dates). */
function plus(date: IsoDate, days: number): IsoDate {
  const day = dayNumber(date);
  return day === undefined ? date : isoFromDayNumber(day + days);
}

/** The kickoff plan; with `snippet`, as a snippet whose TODO texts are tab stops. */
export function newProgramText(input: NewProgramInput, options: { readonly snippet?: boolean } = {}): string {
  const name = input.name.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim() || 'New program';
  const teams = teamEntries(input.teams);
  const [first, second = first] = teams;
  const start = input.start;
  const lines = [
    `# ${name} — program plan`,
    '#',
    '# Fill in every TODO; `program-pilot check` (or the Problems view) lists what is still missing.',
    '',
    `program: ${quoted(name)}`,
    `start: ${start}`,
    `statusDate: ${start}`,
    'accountable: sponsor',
    '',
    'charter:',
    '  context: >-',
    `    ${todo('TODO: why this program exists, for whom, and what changes when it is done.')}`,
    '  successCriteria:',
    `    - "${todo('TODO: a measurable outcome (e.g. p99 latency under 300 ms)')}"`,
    '  inScope:',
    `    - "${todo('TODO: what the program delivers')}"`,
    '  outOfScope:',
    `    - "${todo('TODO: what it deliberately does not do')}"`,
    '',
    'people:',
    '  - { id: sponsor, name: Program sponsor, role: Executive sponsor }',
    '  - { id: tpm, name: Program manager, role: Technical Program Manager }',
    ...teams.map((t) => `  - { id: ${t.lead}, name: ${quoted(`${t.name} lead`)}, role: Team lead, team: ${t.id} }`),
    '',
    'teams:',
    ...teams.map((t) => `  - { id: ${t.id}, name: ${quoted(t.name)}, lead: ${t.lead} }`),
    '',
    '# Phases group the tasks; durations are working days (`2w` = 10).',
    'tasks:',
    '  - id: kickoff',
    '    name: Kickoff and charter sign-off',
    '    phase: discovery',
    '    owner: tpm',
    '    accountable: sponsor',
    `    informed: [${teams.map((t) => t.lead).join(', ')}]`,
    '    duration: 3d',
    '',
    '  - id: design',
    '    name: Design and plan',
    '    phase: discovery',
    `    team: ${first.id}`,
    `    owner: ${first.lead}`,
    '    consulted: [tpm]',
    '    duration: 2w',
    '    dependsOn: [kickoff]',
    '',
    '  - id: design-approved',
    '    name: Design approved',
    '    phase: discovery',
    '    owner: tpm',
    '    milestone: true',
    '    dependsOn: [design]',
    '',
    '  - id: build',
    '    name: Build',
    '    phase: delivery',
    `    team: ${second.id}`,
    `    owner: ${second.lead}`,
    '    duration: 4w',
    '    dependsOn: [design-approved]',
    '',
    '  - id: launch-ready',
    '    name: Launch ready',
    '    phase: launch',
    '    owner: tpm',
    '    accountable: sponsor',
    '    milestone: true',
    '    dependsOn: [build]',
    '',
    'risks:',
    '  - id: R-01',
    `    title: "${todo('TODO: what could go wrong')}"`,
    '    probability: medium',
    '    impact: high',
    `    owner: ${first.lead}`,
    `    mitigation: "${todo('TODO: how the program reduces it')}"`,
    '    status: open',
    '    tasks: [build]',
    '',
    'actions:',
    '  - id: A-01',
    '    title: Share the charter with the stakeholders',
    '    owner: tpm',
    `    due: ${plus(start, 7)}`,
    '    status: open',
    '',
    'issues:',
    '  - id: I-01',
    `    title: "${todo('TODO: a problem happening now')}"`,
    '    severity: medium',
    `    impact: "${todo('TODO: what it affects')}"`,
    '    owner: tpm',
    '    status: open',
    '',
    'decisions:',
    '  - id: D-01',
    `    title: "${todo('TODO: a decision the program needs')}"`,
    '    status: pending',
    `    needBy: ${plus(start, 14)}`,
    '    owner: sponsor',
    '',
    'stakeholders:',
    '  - id: exec',
    '    name: Executive team',
    '    interest: high',
    '    influence: high',
    '    strategy: Manage closely; monthly steering review.',
    '  - id: users',
    '    name: Users',
    '    interest: high',
    '    influence: low',
    '    strategy: Keep informed; release notes and previews.',
    '',
    'launch:',
    '  checklist:',
    `    - { group: technical, item: Load test passed, owner: ${second.lead}, done: false }`,
    `    - { group: operational, item: Runbooks and on-call rotation ready, owner: ${first.lead}, done: false }`,
    '    - { group: stakeholder, item: Launch communication approved, owner: tpm, done: false }',
    '  rollout:',
    '    - traffic: 10%',
    '      hold: 1d',
    '      goCriteria:',
    '        - Error rate under 1%',
    '    - { traffic: 100%, hold: 1w }',
    '  rollbackTriggers:',
    '    - Error rate above 2% for 10 minutes',
    '  postLaunch:',
    '    - Launch review one week after the launch',
    '',
  ];
  return finish(lines.join('\n'), options.snippet === true);
}
