/** Counted nouns in the text people read: "1 working day", "3 working days", "2 people". */

/** `count` and the noun, singular only for exactly 1 ("0 tasks", "1 task"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A span of working days by its size; the sign is the caller's words ("late", "ahead"). */
export function workingDays(count: number): string {
  return plural(Math.abs(count), 'working day');
}
