/**
 * Results of the critical path method. Offsets count working days from the program's first
 * working day (offset 0). ES/LS name the start of a working day; EF/LF are exclusive.
 */
import type { IsoDate } from '../model';

export interface TaskSchedule {
  readonly id: string;
  /** Index of the task in `program.tasks`. */
  readonly index: number;
  /** Remaining-aware duration used for scheduling (equals the planned duration without progress). */
  readonly duration: number;
  readonly es: number;
  readonly ef: number;
  readonly ls: number;
  readonly lf: number;
  /** Total float, LS − ES; negative when a deadline is missed. */
  readonly tf: number;
  /** Free float. */
  readonly ff: number;
  readonly critical: boolean;
  /** The predecessor whose bound set ES (absent when ES came from the start, notBefore or progress). */
  readonly driver?: string;
  /** Why ES is what it is: a predecessor, `notBefore`, the status date, an actual start, or the program start. */
  readonly driverKind: 'predecessor' | 'notBefore' | 'statusDate' | 'actual' | 'start';
  /** The deadline as an LF offset (exclusive), when the task has one. */
  readonly deadlineLf?: number;
  /** Planned offsets and dates (ignoring recorded progress), present when progress moved the forecast. */
  readonly planned?: { readonly es: number; readonly ef: number; readonly startDate: IsoDate; readonly finishDate: IsoDate };
  /**
   * The offset of {@link finishDate}: EF − 1, or a milestone's day (ES, or ES − 1 when the end of
   * a predecessor's day drives it). Deadlines and the launch date are checked against this day.
   */
  readonly finishDay: number;
  /** Display dates (inclusive finish), as TPMs read them; a milestone's start and finish are its day. */
  readonly startDate: IsoDate;
  readonly finishDate: IsoDate;
  readonly lateStartDate: IsoDate;
  readonly lateFinishDate: IsoDate;
}

export interface Schedule {
  /** False when the program has no valid `start`: nothing could be scheduled. */
  readonly ok: boolean;
  /** Scheduled tasks, in `program.tasks` order; tasks on a dependency cycle are absent. */
  readonly tasks: readonly TaskSchedule[];
  readonly byId: ReadonlyMap<string, TaskSchedule>;
  readonly projectEnd: number;
  /** The inclusive finish date of the whole program. */
  readonly projectEndDate?: IsoDate;
  /** Whether recorded progress (a `statusDate`) shaped the forecast. */
  readonly usesProgress: boolean;
  /** Converts offsets to dates and back on this program's working-day calendar. */
  readonly calendar?: WorkCalendar;
}

export interface WorkCalendar {
  /** The date of offset 0: the first working day on or after `start`. */
  readonly startDate: IsoDate;
  isWorkingDay(date: IsoDate): boolean;
  /** The date of the working day with this offset (may be negative). */
  dateOf(offset: number): IsoDate;
  /** The offset of a date; a non-working day maps to the next working day, or with `'previous'` to the one before. */
  offsetOf(date: IsoDate, direction?: 'next' | 'previous'): number;
}
