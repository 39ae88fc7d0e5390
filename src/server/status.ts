/**
 * The weekly status report of a program for an as-of date, compared with the plan as committed
 * a week earlier. Git runs here, in the server; lookups are kept by file and baseline date, since
 * last week's commit does not change while the plan is edited.
 */
import { URI } from 'vscode-uri';
import type { Analysis } from '../core/analyze';
import { reportBaselineOf } from '../core/baseline/reportBaseline';
import { isValidIsoDate } from '../core/dates';
import { fileVersionAtOrBefore, type VersionLookup } from '../core/git/git';
import { statusFileName } from '../core/status/fileName';
import { buildStatusReport } from '../core/status/report';
import { statusDocument, statusHtml } from '../core/status/reportDocument';
import { renderMarkdown } from '../core/status/document';
import { baselineDate } from '../core/status/weekOverWeek';
import { compareWithVersion } from '../core/status/weekOverWeekFromGit';
import type { StatusParams, StatusResult } from '../protocol/requests';
import type { PreviewView } from '../protocol/preview';
import type { ProgramEntry } from './programStore';
import { fileNameOf } from './panels';

/** Enough for every file and date a session looks at; past it the oldest lookups go. */
const MAX_LOOKUPS = 200;

export class StatusReports {
  private readonly lookups = new Map<string, Promise<VersionLookup>>();

  /** `current` gives the file's analysis after git answered (an edit may have come meanwhile). */
  /** `baselineOf` gives the plan's baseline as committed, when the plan names one and git had it. */
  async report(params: StatusParams, current: () => ProgramEntry | undefined, baselineOf: (entry: ProgramEntry) => Pick<Analysis, 'schedule'> | undefined = () => undefined): Promise<StatusResult | null> {
    if (!isValidIsoDate(params.asOf)) return null;
    const asOf = params.asOf;
    const lookup = await this.version(params.uri, baselineDate(asOf));
    const entry = current();
    if (!entry) return null;
    const { program, schedule } = entry.analysis;
    const weekOverWeek = compareWithVersion(entry.analysis, lookup, asOf);
    const fileName = fileNameOf(params.uri);
    const source = { diagnostics: entry.analysis.diagnostics, positionAt: (offset: number) => entry.document.positionAt(offset), fileName };
    const committed = baselineOf(entry);
    const report = buildStatusReport({ program, schedule, asOf, weekOverWeek, source, ...(committed ? { baseline: reportBaselineOf(committed) } : {}) });
    const blocks = statusDocument(report);
    const view: PreviewView = {
      parts: blocks,
      tone: report.health.status,
      subtitle: `As of ${asOf}`,
      fileName,
      html: statusHtml(report),
      saveName: statusFileName(report.programName || fileName.replace(/\.program\.ya?ml$/i, ''), asOf),
      state: { documentUri: params.uri, asOf },
    };
    return { view, markdown: renderMarkdown(blocks), title: `Status: ${report.programName || fileName}`, programName: report.programName };
  }

  private version(uri: string, date: string): Promise<VersionLookup> {
    const key = `${date}|${uri}`;
    let lookup = this.lookups.get(key);
    if (!lookup) {
      const parsed = URI.parse(uri);
      lookup = parsed.scheme === 'file' ? fileVersionAtOrBefore(parsed.fsPath, date) : Promise.resolve({ unavailable: 'the plan is not a file on disk, so it has no git history' });
      if (this.lookups.size >= MAX_LOOKUPS) this.lookups.delete(this.lookups.keys().next().value!);
      this.lookups.set(key, lookup);
      lookup.catch(() => this.lookups.delete(key)); // a failed lookup is tried again next time
    }
    return lookup;
  }
}
