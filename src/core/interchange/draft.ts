/**
 * What an import makes before it is written as YAML: a program file's content as plain data,
 * whatever format it came from (MSPDI, CSV). Ids are final; the writer only quotes.
 */
import type { DependencyType, IsoDate, TaskStatus } from '../model';
import type { ImportWarnings } from './warnings';

export interface DraftDependency {
  readonly task: string;
  readonly type: DependencyType;
  /** Working days; negative is a lead. */
  readonly lag: number;
}

export interface DraftTask {
  readonly id: string;
  readonly name: string;
  readonly phase?: string;
  readonly owner?: string;
  /** Working days (0 with `milestone`). */
  readonly duration: number;
  readonly milestone: boolean;
  readonly dependsOn: readonly DraftDependency[];
  readonly notBefore?: IsoDate;
  readonly deadline?: IsoDate;
  readonly status?: TaskStatus;
  readonly progress?: number;
  readonly actualStart?: IsoDate;
  readonly actualFinish?: IsoDate;
  readonly notes?: string;
  /** Written as comment lines above the task: what the source said that the format cannot hold. */
  readonly comments: readonly string[];
}

export interface DraftPerson {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
}

export interface DraftHoliday {
  readonly date: IsoDate;
  readonly name?: string;
}

export interface PlanDraft {
  readonly program: string;
  readonly start: IsoDate;
  readonly statusDate?: IsoDate;
  readonly accountable?: string;
  readonly holidays: readonly DraftHoliday[];
  readonly people: readonly DraftPerson[];
  readonly tasks: readonly DraftTask[];
}

/** The largest duration or lag the format takes (schema: 0–10000 working days). */
export const MAX_DAYS = 10_000;

/** What the source file computed for a task, to compare with our schedule. */
export interface StoredDates {
  readonly id: string;
  readonly start?: IsoDate;
  readonly finish?: IsoDate;
  /** Total slack in working days. */
  readonly totalFloat?: number;
}

export interface SourceImport {
  readonly draft: PlanDraft;
  readonly warnings: ImportWarnings;
  readonly stored: readonly StoredDates[];
  /** Per task id, why our schedule may differ from the stored one (what was not carried over). */
  readonly approximated: ReadonlyMap<string, string>;
}

export type SourceResult = ({ readonly ok: true } & SourceImport) | { readonly ok: false; readonly error: string };
