/**
 * What an import could not carry over, grouped by kind so a 5,000-task file with every task
 * manually scheduled gives one line, not 5,000: "manually scheduled tasks (5000): a, b, … and
 * 4990 more". Every item is counted; the names shown are capped.
 */

const NAMES_SHOWN = 10;

export class ImportWarnings {
  private readonly groups = new Map<string, string[]>();

  /** Records that `item` (a task or resource name, or '' for the file as a whole) lost `what`. */
  add(what: string, item = ''): void {
    const items = this.groups.get(what);
    if (items) items.push(item);
    else this.groups.set(what, [item]);
  }

  get size(): number {
    return this.groups.size;
  }

  /** One line per kind of loss, in the order they were first met. */
  lines(): string[] {
    return [...this.groups].map(([what, items]) => {
      const named = items.filter((item) => item !== '');
      if (named.length === 0) return what;
      const shown = named.slice(0, NAMES_SHOWN).map((name) => `'${displayName(name)}'`).join(', ');
      const more = named.length > NAMES_SHOWN ? ` and ${named.length - NAMES_SHOWN} more` : '';
      return `${what} (${named.length}): ${shown}${more}`;
    });
  }
}

/** Longest name shown in a warning line. */
const NAME_LENGTH = 60;

/** A name on one line with its control characters escaped, so a warning is one line whatever the source holds. */
export function displayName(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  return escaped.length > NAME_LENGTH ? `${escaped.slice(0, NAME_LENGTH - 1)}…` : escaped;
}
