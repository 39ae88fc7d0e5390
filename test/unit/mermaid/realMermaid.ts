/**
 * Reads Gantt source back with Mermaid's own parser (it runs in Node without a DOM), so the
 * tests check what Mermaid understands, not what a regular expression thinks it should.
 */
export interface ParsedBar {
  readonly id: string;
  /** The text Mermaid shows, with character references decoded as the browser would. */
  readonly text: string;
  readonly section: string;
  readonly start: string;
  /** Exclusive, as Mermaid keeps it. */
  readonly end: string;
  /** Mermaid's own times of the start and the (exclusive) end, in milliseconds: what its time scale maps. */
  readonly startMs: number;
  readonly endMs: number;
  readonly crit: boolean;
  readonly done: boolean;
  readonly active: boolean;
  readonly milestone: boolean;
  readonly vert: boolean;
}

interface MermaidGanttTask {
  id: string;
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
  crit?: boolean;
  done?: boolean;
  active?: boolean;
  milestone?: boolean;
  vert?: boolean;
}

interface MermaidModule {
  initialize(config: object): void;
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): MermaidGanttTask[] } }> };
}

let loaded: Promise<MermaidModule> | undefined;

function mermaid(): Promise<MermaidModule> {
  loaded ??= import('mermaid').then((m) => {
    const api = (m as unknown as { default: MermaidModule }).default;
    api.initialize({ startOnLoad: false });
    return api;
  });
  return loaded;
}

/** Mermaid turns `#58;` into a private marker before parsing and into `&#58;` in the SVG. */
function decode(text: string): string {
  return text
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .trim();
}

function local(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The bars as Mermaid parsed them, and the title. Mermaid cleans a title with DOMPurify, which
 * needs a DOM, so the title line is read here and left out of what Mermaid parses.
 */
export async function parseGantt(source: string): Promise<{ bars: ParsedBar[]; title: string }> {
  const api = await mermaid();
  const titleLine = /^ *title (.*)$/m.exec(source);
  const rest = source.replace(/^ *title .*\n/m, '');
  await api.parse(rest); // throws on a syntax error
  const diagram = await api.mermaidAPI.getDiagramFromText(rest);
  const bars = diagram.db.getTasks().map((t) => ({
    id: t.id,
    text: decode(t.task),
    section: decode(t.section),
    start: local(t.startTime),
    end: local(t.endTime),
    startMs: t.startTime.getTime(),
    endMs: t.endTime.getTime(),
    crit: !!t.crit,
    done: !!t.done,
    active: !!t.active,
    milestone: !!t.milestone,
    vert: !!t.vert,
  }));
  const title = (titleLine?.[1] ?? '').replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
  return { bars, title };
}
