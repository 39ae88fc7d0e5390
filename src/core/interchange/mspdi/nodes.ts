/** Typed reads of the plain objects `parseXml` makes, where any element may be missing or odd. */
import { isValidIsoDate } from '../../dates';
import type { IsoDate } from '../../model';
import type { XmlNode } from './xml';

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The element's text as written (names keep their spaces), or undefined when absent or not text. */
export function rawText(node: XmlNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string') return value;
  // An element with attributes keeps its text under `#text`.
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return undefined;
}

export function text(node: XmlNode, key: string): string | undefined {
  const value = rawText(node, key)?.trim();
  return value === '' ? undefined : value;
}

export function integer(node: XmlNode, key: string): number | undefined {
  const value = text(node, key);
  return value !== undefined && /^-?\d{1,15}$/.test(value) ? Number(value) : undefined;
}

export function flag(node: XmlNode, key: string): boolean {
  const value = text(node, key);
  return value === '1' || value === 'true';
}

/** The date part of an `xsd:dateTime` (`2026-01-05T08:00:00`), when it is a real date. */
export function dateOf(node: XmlNode, key: string): IsoDate | undefined {
  const value = text(node, key)?.slice(0, 10);
  return value !== undefined && isValidIsoDate(value) ? value : undefined;
}

export function child(node: XmlNode, key: string): XmlNode | undefined {
  const value = node[key];
  return isNode(value) ? value : undefined;
}

/** The repeated elements `key` (declared as repeated to the parser, so always a list). */
export function children(node: XmlNode | undefined, key: string): XmlNode[] {
  const value = node?.[key];
  return Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];
}

/** Elements MSPDI repeats, read as lists even when a file has only one. */
export const REPEATED = new Set(['Task', 'Resource', 'Assignment', 'Calendar', 'WeekDay', 'Exception', 'WorkingTime', 'WorkWeek', 'PredecessorLink', 'ExtendedAttribute']);

/** Minutes in an ISO 8601 duration as MSPDI writes them (`PT40H0M0S`, `P1DT4H`), or undefined. Years and months have no fixed length: undefined. */
export function durationMinutes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [, minus, days, hours, minutes, seconds] = match;
  const total = Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0) + Number(seconds ?? 0) / 60;
  return minus ? -total : total;
}

/** The MSPDI namespace and the alias of the custom field that carries our ids through MS Project. */
export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';
export const ID_FIELD_ALIAS = 'Program Pilot id';
/** Text1 of tasks and of resources: where an export keeps each item's id. */
export const TASK_TEXT1 = '188743731';
export const RESOURCE_TEXT1 = '205520904';
