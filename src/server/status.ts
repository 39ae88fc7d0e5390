/**
 * The weekly status report of a program for an as-of date, compared with the plan as committed
 * a week earlier, with the TPM metrics from the plan's history. Git runs here, in the server;
 * lookups are kept by file and baseline date, since last week's commit does not change while the
 * plan is edited, and the history for a minute (or until the file is saved).
 */
import { URI } from 'vscode-uri';
import type { Analysis } from '../core/analyze';
import { reportBaselineOf } from '../core/baseline/reportBaseline';
import { isValidIsoDate } from '../core/dates';
import { fileVersionAtOrBefore, type VersionLookup } from '../core/git/git';
import { computeMetrics, type MetricsInput } from '../core/history/metrics';
import { readPlanHistory } from '../core/history/readHistory';
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
import { GitTrust } from './gitTrust';

/** The baseline as the report reads it (the server's `Baselines`). */
export interface ReportBaselines {
  version(entry: ProgramEntry): { readonly analysis: Pick<Analysis, 'schedule'> } | undefined;
  metricsBaseline(entry: ProgramEntry): MetricsInput['baseline'];
}

/** How long the history read for the report's metrics is reused. */
const HISTORY_TTL_MS = 60_000;

/** Enough for every file and date a session looks at; past it the oldest lookups go. */
const MAX_LOOKUPS = 200;

export class StatusReports {
  constructor(private readonly trust: GitTrust = new GitTrust()) {}

  private readonly lookups = new Map<string, Promise<VersionLookup>>();
  private readonly histories = new Map<string, { readonly at: number; readonly history: Promise<MetricsInput['history']> }>();

  /**
   * `current` gives the file's analysis after git answered (an edit may have come meanwhile);
   * `baselines` the plan's baseline as committed, when the plan names one and git had it.
   */
  async report(params: StatusParams, current: () => ProgramEntry | undefined, baselines?: ReportBaselines): Promise<StatusResult | null> {
    if (!isValidIsoDate(params.asOf)) return null;
    const asOf = params.asOf;
    const [lookup, history] = await Promise.all([this.version(params.uri, baselineDate(asOf)), this.history(params.uri)]);
    const entry = current();
    if (!entry) return null;
    const { program, schedule } = entry.analysis;
    const weekOverWeek = compareWithVersion(entry.analysis, lookup, asOf);
    const fileName = fileNameOf(params.uri);
    const source = { diagnostics: entry.analysis.diagnostics, positionAt: (offset: number) => entry.document.positionAt(offset), fileName };
    const committed = baselines?.version(entry)?.analysis;
    const historyMetrics = computeMetrics({ current: entry.analysis, baseline: baselines?.metricsBaseline(entry) ?? { unavailable: 'the plan names no `baseline:`' }, history });
    const report = buildStatusReport({ program, schedule, asOf, weekOverWeek, source, historyMetrics, ...(committed ? { baseline: reportBaselineOf(committed) } : {}) });
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

  /**
   * The file's committed versions for the history metrics. Read again at most every
   * HISTORY_TTL_MS: the preview asks after every edit, and only a commit changes the answer.
   */
  private history(uri: string): Promise<MetricsInput['history']> {
    const refusal = this.trust.refusal();
    if (refusal) return Promise.resolve({ unavailable: refusal });
    const kept = this.histories.get(uri);
    if (kept && Date.now() - kept.at < HISTORY_TTL_MS) return kept.history;
    const parsed = URI.parse(uri);
    const history: Promise<MetricsInput['history']> =
      parsed.scheme === 'file'
        ? readPlanHistory(parsed.fsPath).then((h) => ('unavailable' in h ? h : h.versions))
        : Promise.resolve({ unavailable: 'the plan is not a file on disk, so it has no git history' });
    this.histories.set(uri, { at: Date.now(), history });
    history.catch(() => this.histories.delete(uri));
    return history;
  }

  /** Forgets every git answer (the workspace was just trusted). */
  forgetAll(): void {
    this.histories.clear();
    this.lookups.clear();
  }

  /** Forgets the file's history (it was committed, or closed). */
  forgetHistory(uri: string): void {
    this.histories.delete(uri);
  }

  private version(uri: string, date: string): Promise<VersionLookup> {
    const refusal = this.trust.refusal();
    if (refusal) return Promise.resolve({ unavailable: refusal });
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
