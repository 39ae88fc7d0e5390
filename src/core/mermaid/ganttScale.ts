/**
 * The Gantt chart's time scale: how many pixels a day gets, and the two tiers of the date axis.
 * Text is never scaled: a wider plan gets a coarser scale (days, weeks, months, quarters) and,
 * beyond quarters, the panel scrolls. Dates are handled as UTC calendar days.
 */
import type { GanttAxis } from './gantt';

export type TimeScale = 'day' | 'week' | 'month' | 'quarter';
export const TIME_SCALES: readonly TimeScale[] = ['day', 'week', 'month', 'quarter'];

interface ScaleSpec {
  readonly pxPerDay: number;
  /** Mermaid's own axis (its ticks are the grid lines; its labels show in the exported SVG). */
  readonly axis: GanttAxis;
}

export const SCALES: Readonly<Record<TimeScale, ScaleSpec>> = {
  day: { pxPerDay: 30, axis: { format: '%d', tickInterval: '1day' } },
  week: { pxPerDay: 9, axis: { format: '%d %b', tickInterval: '1week' } },
  month: { pxPerDay: 3, axis: { format: '%b %Y', tickInterval: '1month' } },
  quarter: { pxPerDay: 1.1, axis: { format: '%b %Y', tickInterval: '3month' } },
};

export const MIN_PX_PER_DAY = 0.5;
export const MAX_PX_PER_DAY = 80;

/** The finest scale at which `days` fit in `width` pixels; quarters (and scrolling) beyond. */
export function chooseScale(days: number, width: number): TimeScale {
  return TIME_SCALES.find((scale) => Math.max(1, days) * SCALES[scale].pxPerDay <= width) ?? 'quarter';
}

/** The axis units for any zoom: the finest whose units are still wide enough to label. */
export function scaleAt(pxPerDay: number): TimeScale {
  return TIME_SCALES.find((scale) => pxPerDay >= SCALES[scale].pxPerDay * 0.8) ?? 'quarter';
}

/** Pixels per day that make `days` fill `width`, within the zoom limits. */
export function fitPxPerDay(days: number, width: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, width / Math.max(1, days)));
}

export interface AxisTick {
  /** First day, ISO. */
  readonly start: string;
  /** The day after the last, ISO. */
  readonly end: string;
  readonly label: string;
}

export interface AxisTiers {
  readonly upper: AxisTick[];
  readonly lower: AxisTick[];
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Bounds the work whatever the dates (ten years of days). */
const MAX_TICKS = 4_000;

/**
 * The ticks covering `first`…`last` (inclusive ISO dates): months over days or ISO weeks,
 * quarters over months, years over quarters.
 */
export function axisTiers(scale: TimeScale, first: string, last: string): AxisTiers {
  const from = Date.parse(`${first}T00:00:00Z`);
  const to = Date.parse(`${last}T00:00:00Z`) + DAY;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return { upper: [], lower: [] };
  const upperUnit = scale === 'day' || scale === 'week' ? 'month' : scale === 'month' ? 'quarter' : 'year';
  const lowerUnit = scale === 'day' ? 'day' : scale === 'week' ? 'week' : scale === 'month' ? 'month' : 'quarter';
  return { upper: ticks(upperUnit, from, to, false), lower: ticks(lowerUnit, from, to, true) };
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

function ticks(unit: Unit, from: number, to: number, short: boolean): AxisTick[] {
  const list: AxisTick[] = [];
  let start = unitStart(unit, from);
  while (start < to && list.length < MAX_TICKS) {
    const end = nextUnit(unit, start);
    list.push({ start: iso(start), end: iso(end), label: unitLabel(unit, start, short) });
    start = end;
  }
  return list;
}

function unitStart(unit: Unit, time: number): number {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'day') return time;
  if (unit === 'week') return time - ((date.getUTCDay() + 6) % 7) * DAY;
  if (unit === 'month') return Date.UTC(y, m, 1);
  if (unit === 'quarter') return Date.UTC(y, m - (m % 3), 1);
  return Date.UTC(y, 0, 1);
}

function nextUnit(unit: Unit, start: number): number {
  const date = new Date(start);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'day') return start + DAY;
  if (unit === 'week') return start + 7 * DAY;
  if (unit === 'month') return Date.UTC(y, m + 1, 1);
  if (unit === 'quarter') return Date.UTC(y, m + 3, 1);
  return Date.UTC(y + 1, 0, 1);
}

/** Short labels sit under a tier that already names the year. */
function unitLabel(unit: Unit, start: number, short: boolean): string {
  const date = new Date(start);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'day') return String(date.getUTCDate());
  if (unit === 'week') return `W${isoWeek(start)}`;
  const year = short ? '' : ` ${y}`;
  if (unit === 'month') return `${MONTHS[m]}${year}`;
  if (unit === 'quarter') return `Q${Math.floor(m / 3) + 1}${year}`;
  return String(y);
}

/** ISO 8601 week number of the Monday `monday`: the week holding that year's 4 January is week 1. */
function isoWeek(monday: number): number {
  const thursday = new Date(monday + 3 * DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / DAY / 7) + 1;
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
