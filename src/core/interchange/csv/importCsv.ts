/**
 * A CSV task list → a {@link PlanDraft}, read with `csv-parse`. The delimiter is the one given,
 * else the one the header line uses most (`,`, `;`, tab or `|`); rows with more or fewer cells
 * than the header are read as far as they go and listed. Columns are found by
 * {@link chooseLayout}; people are made from the names in the owner column.
 */
import { parse } from 'csv-parse/sync';
import { todayIso } from '../../dates';
import type { DependencyType, IsoDate } from '../../model';
import { MAX_DAYS, type DraftDependency, type DraftPerson, type DraftTask, type PlanDraft, type SourceResult, type StoredDates } from '../draft';
import { UniqueIds } from '../ids';

import { ImportWarnings } from '../warnings';
import { durationDays, percent, predecessors, readDate, taskStatus, weekdaysBetween, type PredecessorRef } from './cells';
import { chooseLayout, type Field, type Layout, type LayoutName } from './layouts';

export interface CsvImportOptions {
  /** Field → column header, e.g. `{ name: 'Summary', owner: 'Assignee' }`. */
  readonly map?: Readonly<Record<string, string>>;
  /** One character; default: the one the header line uses most. */
  readonly delimiter?: string;
  /** The program's start; default: the earliest start or finish in the file, else `today`. */
  readonly start?: IsoDate;
}

const DELIMITERS = [',', ';', '\t', '|'];

interface Row {
  /** 1-based, as the spreadsheet numbers its rows below the header. */
  readonly number: number;
  readonly cells: readonly string[];
}

export function importCsv(text: string, options: CsvImportOptions & { fallbackName?: string; today?: IsoDate }): SourceResult {
  const read = readRecords(text, options.delimiter);
  if (!read.ok) return read;
  const [header, ...body] = read.records;
  const chosen = chooseLayout(header, options.map);
  if (!chosen.ok) return chosen;
  const warnings = new ImportWarnings();
  const ragged = body.flatMap((cells, index) => (cells.length !== header.length ? [`row ${index + 1}`] : []));
  for (const row of ragged) warnings.add(`rows with more or fewer cells than the header's ${header.length} are read as far as they go`, row);
  const rows = body.map((cells, index) => ({ number: index + 1, cells })).filter((row) => row.cells.some((c) => c.trim() !== ''));
  return new CsvReader(chosen.layout, warnings, options).read(rows);
}

/** The file's columns and which field each holds as recognised, for a column-mapping dialog. */
export interface CsvColumns {
  readonly headers: readonly string[];
  /** Which export the headers were recognised as; undefined when none (the task names need mapping). */
  readonly recognised?: LayoutName;
  /** Field → header, as `--map` would name it. */
  readonly mapping: Readonly<Partial<Record<Field, string>>>;
}

export function csvColumns(text: string, delimiter?: string): ({ readonly ok: true } & CsvColumns) | { readonly ok: false; readonly error: string } {
  // Only the header line is needed; parsing stops there however large the file.
  const read = readRecords(text, delimiter, 1);
  if (!read.ok) return read;
  const headers = read.records[0];
  const chosen = chooseLayout(headers, undefined);
  if (!chosen.ok) return { ok: true, headers, mapping: {} };
  const mapping: Partial<Record<Field, string>> = {};
  for (const [field, columns] of chosen.layout.columns) mapping[field] = headers[columns[0]];
  return { ok: true, headers, recognised: chosen.layout.name, mapping };
}

function readRecords(text: string, delimiter = sniffDelimiter(text), toLine?: number): { readonly ok: true; readonly records: string[][] } | { readonly ok: false; readonly error: string } {
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true, ...(toLine ? { to_line: toLine } : {}) }) as string[][];
  } catch (error) {
    return { ok: false, error: `not a readable CSV file: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (records.length === 0) return { ok: false, error: 'the CSV file is empty' };
  return { ok: true, records };
}

/** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
export function sniffDelimiter(text: string): string {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

class CsvReader {
  private readonly monthFirst: string[] = [];

  constructor(
    private readonly layout: Layout,
    private readonly warnings: ImportWarnings,
    private readonly options: CsvImportOptions & { fallbackName?: string; today?: IsoDate },
  ) {}

  private cell(row: Row, field: Field): string {
    const column = this.layout.columns.get(field)?.[0];
    return column === undefined ? '' : (row.cells[column] ?? '').trim();
  }

  private cellsOf(row: Row, field: Field): string[] {
    return (this.layout.columns.get(field) ?? []).map((column) => (row.cells[column] ?? '').trim()).filter((cell) => cell !== '');
  }

  private date(row: Row, field: Field, name: string): IsoDate | undefined {
    const cell = this.cell(row, field);
    const read = readDate(cell);
    if (cell !== '' && !read.date) this.warnings.add(`dates that could not be read are left out (write them YYYY-MM-DD)`, name);
    if (read.monthFirst) this.monthFirst.push(name);
    return read.date;
  }

  read(rows: readonly Row[]): SourceResult {
    const taskIds = new UniqueIds('task');
    const personIds = new UniqueIds('person');
    const people = new Map<string, DraftPerson>();
    const byRef = new Map<string, string>();
    const parsed = rows.map((row) => {
      const name = this.cell(row, 'name') || `Row ${row.number}`;
      const key = this.cell(row, 'id');
      const id = taskIds.next(name, key || undefined);
      byRef.set(String(row.number), id);
      if (key) byRef.set(key, id);
      return { row, name, id };
    });
    const dependencies = this.dependencies(parsed, byRef);
    const dates = parsed.map(({ row, name }) => ({ start: this.date(row, 'start', name), finish: this.date(row, 'finish', name), deadline: this.date(row, 'deadline', name) }));
    // Due dates say when work must end, not when it begins: they do not set the start.
    const start = this.options.start ?? earliestOf(dates.flatMap((d) => [d.start, d.finish]));
    if (!start) this.warnings.add(`the file has no dates: the program starts today (${this.options.today ?? todayIso()}); give --start to choose`);
    const programStart = start ?? this.options.today ?? todayIso();
    const tasks: DraftTask[] = parsed.map(({ row, name, id }, index) => {
      const ownerName = this.cell(row, 'owner');
      let owner: DraftPerson | undefined;
      if (ownerName) {
        owner = people.get(ownerName) ?? { id: personIds.next(ownerName), name: ownerName };
        people.set(ownerName, owner);
      }
      const { start: taskStart, finish, deadline } = dates[index];
      const duration = this.duration(row, name, taskStart, finish);
      const dependsOn = dependencies.get(id) ?? [];
      const status = this.status(row, name);
      const progress = percent(this.cell(row, 'progress'));
      const phase = this.cell(row, 'phase');
      const notes = this.cell(row, 'notes');
      return {
        id,
        name,
        ...(phase ? { phase } : {}),
        ...(owner ? { owner: owner.id } : {}),
        duration,
        milestone: duration === 0,
        dependsOn,
        // A start the file gives for work nobody waits on is when it was planned to begin.
        ...(taskStart && dependsOn.length === 0 && taskStart > programStart ? { notBefore: taskStart } : {}),
        ...(deadline ? { deadline } : {}),
        ...(status ? { status } : progress === 100 ? { status: 'done' as const } : progress ? { status: 'in-progress' as const } : {}),
        ...(progress && progress < 100 ? { progress } : {}),
        ...(notes ? { notes } : {}),
        comments: [],
      };
    });
    if (this.monthFirst.length > 0) for (const name of this.monthFirst) this.warnings.add('dates written with slashes (3/4/26) are read month first (4 March 2026 is 3/4/26)', name);
    const stored: StoredDates[] = parsed.map(({ id }, index) => ({ id, ...(dates[index].start ? { start: dates[index].start } : {}), ...(dates[index].finish ? { finish: dates[index].finish } : {}) }));
    const draft: PlanDraft = { program: this.options.fallbackName ?? 'Imported program', start: programStart, holidays: [], people: [...people.values()], tasks };
    return { ok: true, draft, warnings: this.warnings, stored, approximated: new Map() };
  }

  private duration(row: Row, name: string, start: IsoDate | undefined, finish: IsoDate | undefined): number {
    const cell = this.cell(row, 'duration');
    // Jira's estimates are seconds of work; 8 hours make a working day.
    const days = cell === '' ? undefined : this.layout.name === 'jira' && /^\d+$/.test(cell) ? Number(cell) / 28_800 : durationDays(cell);
    if (cell !== '' && days === undefined) this.warnings.add('durations that could not be read: 1 day is assumed', name);
    const between = days === undefined && start && finish ? weekdaysBetween(start, finish) : undefined;
    const value = days ?? between;
    if (value === undefined) {
      if (cell === '') this.warnings.add('tasks without a duration (nor start and finish): 1 day is assumed', name);
      return 1;
    }
    const whole = Math.min(MAX_DAYS, Math.max(0, Math.ceil(value - 1e-9)));
    if (whole !== value) this.warnings.add('durations that are not whole working days are rounded up', name);
    return whole;
  }

  private status(row: Row, name: string): DraftTask['status'] {
    const cell = this.cell(row, 'status');
    if (cell === '') return undefined;
    const status = taskStatus(cell);
    if (!status) this.warnings.add(`statuses with no equivalent (${cell}) are read as not started`, name);
    return status;
  }

  /** Predecessors (`dependsOn`: row numbers or ids) and Jira's "blocks" links, which point the other way. */
  private dependencies(parsed: readonly { row: Row; name: string; id: string }[], byRef: ReadonlyMap<string, string>): Map<string, DraftDependency[]> {
    const result = new Map<string, DraftDependency[]>();
    const add = (successor: string, ref: PredecessorRef, name: string): void => {
      const predecessor = byRef.get(ref.ref);
      if (!predecessor) {
        this.warnings.add(`links to rows or issues not in the file are left out`, `${name} → ${ref.ref}`);
        return;
      }
      if (predecessor === successor) return;
      const list = result.get(successor) ?? [];
      if (!list.some((d) => d.task === predecessor && d.type === ref.type)) list.push({ task: predecessor, type: ref.type, lag: roundedLag(ref.lag) });
      result.set(successor, list);
    };
    for (const { row, name, id } of parsed) {
      for (const cell of this.cellsOf(row, 'dependsOn')) {
        const { refs, bad } = predecessors(issueLinks(cell, 'is blocked by') ?? cell);
        for (const part of bad) this.warnings.add('predecessors that could not be read are left out', `${name}: ${part}`);
        for (const ref of refs) add(id, ref, name);
        const blocks = issueLinks(cell, 'blocks');
        if (blocks) for (const ref of predecessors(blocks).refs) this.blocked(ref, id, name, byRef, add);
      }
      for (const cell of this.cellsOf(row, 'blocks')) for (const ref of predecessors(cell).refs) this.blocked(ref, id, name, byRef, add);
    }
    return result;
  }

  /** `id` blocks `ref`: `ref` depends on `id`. */
  private blocked(ref: PredecessorRef, id: string, name: string, byRef: ReadonlyMap<string, string>, add: (successor: string, ref: PredecessorRef, name: string) => void): void {
    const successor = byRef.get(ref.ref);
    if (!successor) this.warnings.add(`links to rows or issues not in the file are left out`, `${name} → ${ref.ref}`);
    else add(successor, { ref: id, type: 'FS' as DependencyType, lag: 0 }, name);
  }
}

/**
 * The keys after `phrase` in Jira's "Issue links" text (`blocks PROJ-2, PROJ-3; is blocked by
 * PROJ-1`), or undefined when the cell is a plain list of predecessors.
 */
function issueLinks(cell: string, phrase: 'blocks' | 'is blocked by'): string | undefined {
  if (!/\b(blocks|is blocked by)\b/i.test(cell)) return undefined;
  const parts = cell.split(/(?=\bis blocked by\b)|(?<!\bis )(?=\bblocks\b)/i);
  const keys = parts.filter((p) => p.trim().toLowerCase().startsWith(phrase)).map((p) => p.trim().slice(phrase.length));
  return keys.join(',');
}

function roundedLag(days: number): number {
  return Math.max(-MAX_DAYS, Math.min(MAX_DAYS, Math.round(days)));
}

function earliestOf(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.filter((d): d is IsoDate => d !== undefined).sort()[0];
}
