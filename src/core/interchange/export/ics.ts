/**
 * A program → an iCalendar file (RFC 5545) of its dates: milestones, task deadlines, the
 * launch date and the need-by dates of pending decisions, each an all-day event. Each event's
 * UID is made from the program and the item (never from the date or a counter), so importing
 * the file again into a calendar updates the events instead of adding copies. CRLF line ends,
 * lines folded at 75 octets (never inside a UTF-8 sequence), TEXT escaped.
 */
import type { Analysis } from '../../analyze';
import { dayNumber, isoFromDayNumber } from '../../dates';
import type { IsoDate } from '../../model';
import { slug } from '../ids';

export interface IcsOptions {
  /** DTSTAMP, when the file was made: `YYYYMMDDTHHMMSSZ`. */
  readonly stamp: string;
}

interface CalendarEvent {
  readonly key: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description?: string;
}

export function exportIcs(analysis: Analysis, options: IcsOptions): string {
  const { program, schedule } = analysis;
  const events: CalendarEvent[] = [];
  for (const task of program.tasks) {
    const scheduled = schedule.byId.get(task.id);
    if ((task.milestone || task.duration === 0) && scheduled && task.status !== 'cancelled') {
      events.push({ key: `milestone/${task.id}`, date: scheduled.finishDate, summary: `Milestone: ${task.name}`, description: `Forecast date of milestone '${task.id}' (total float ${scheduled.tf} working days).` });
    }
    if (task.deadline) events.push({ key: `deadline/${task.id}`, date: task.deadline, summary: `Deadline: ${task.name}`, description: `'${task.id}' must finish by this day.${scheduled ? ` Forecast finish: ${scheduled.finishDate}.` : ''}` });
  }
  if (program.launch?.date) events.push({ key: 'launch', date: program.launch.date, summary: `Launch: ${program.name}` });
  for (const decision of program.decisions) {
    if (decision.needBy && decision.status === 'pending') events.push({ key: `decision/${decision.id}`, date: decision.needBy, summary: `Decision needed: ${decision.title}` });
  }
  const programKey = slug(program.name) || 'program';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Program Pilot//program-pilot export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(program.name)}`,
    ...events.flatMap((event) => eventLines(event, programKey, options.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(event: CalendarEvent, programKey: string, stamp: string): string[] {
  const day = dayNumber(event.date) ?? 0;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${programKey}/${event.key}`)}@program-pilot`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(event.date)}`,
    `DTEND;VALUE=DATE:${compact(isoFromDayNumber(day + 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function compact(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets go on as CRLF + space, cut between characters, not inside one. */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The current time as a DTSTAMP. */
export function icsStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
