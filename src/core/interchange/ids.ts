/**
 * Ids made from names (`Design review` → `design-review`), unique within one kind: a second
 * `Design review` is `design-review-2`. Only letters, digits and dashes, so an id never needs
 * quoting and reads the same in every tool.
 */

/** Longest slug kept from a name: ids are typed, so a whole sentence is not one. */
const MAX_SLUG = 48;

export function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const dashed = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
  return dashed.slice(0, MAX_SLUG).replace(/-+$/, '');
}

export class UniqueIds {
  private readonly taken = new Set<string>();

  constructor(private readonly fallback: string) {}

  /** A new id from `name` (or `preferred` when it is a usable id not taken yet). */
  next(name: string, preferred?: string): string {
    if (preferred !== undefined && isUsableId(preferred) && !this.taken.has(preferred)) return this.take(preferred);
    const base = slug(name) || this.fallback;
    if (!this.taken.has(base)) return this.take(base);
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!this.taken.has(candidate)) return this.take(candidate);
    }
  }

  private take(id: string): string {
    this.taken.add(id);
    return id;
  }
}

/** What the schema takes as an id: text without leading or trailing white space. */
function isUsableId(id: string): boolean {
  return /^\S(?:[^\r\n]*\S)?$/.test(id);
}
