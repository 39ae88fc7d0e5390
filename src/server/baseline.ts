/**
 * Each program's current baseline, loaded through git in the background: never on the
 * keystroke path (an analysis only notices that the `baseline:` ref changed and starts a load),
 * kept per (file, ref, resolved commit), and resolved again when the file is saved or changes on
 * disk (a branch baseline moves). When a load ends, `changed` republishes the file, so PP601 and
 * PP602 appear with its other diagnostics and hovers and lenses show the variance.
 */
import type { MetricsInput } from '../core/history/metrics';
import { URI } from 'vscode-uri';
import type { Analysis } from '../core/analyze';
import { baselineDiagnostic } from '../core/baseline/baselineDiagnostics';
import { loadBaseline, type BaselineLookup, type BaselineVersion } from '../core/baseline/baselineVersion';
import { compareWithBaseline, type BaselineComparison } from '../core/baseline/compare';
import type { Diagnostic } from '../core/diagnostics';
import { locateInRepository } from '../core/git/git';
import { resolveCommit } from '../core/git/refs';
import type { BaselineRef } from '../core/model';
import { describeError } from './guard';
import type { ProgramEntry } from './programStore';

/** How the server reaches git; tests give a stand-in. */
export interface BaselineGit {
  /** The commit `ref` names now in the file's repository, or undefined (the load then says why). */
  commitOf(filePath: string, ref: string): Promise<string | undefined>;
  load(filePath: string, ref: string): Promise<BaselineLookup>;
}

export const GIT: BaselineGit = {
  async commitOf(filePath, ref) {
    const located = await locateInRepository(filePath);
    return located && resolveCommit(ref, { cwd: located.top });
  },
  load: (filePath, ref) => loadBaseline(filePath, ref),
};

export interface BaselineHost {
  /** A file's baseline finished loading (or changed): publish its diagnostics and lenses again. */
  changed(uri: string): void;
  log(message: string): void;
}

/** What hovers and lenses get: the comparison, or a note on why there is none. */
export type BaselineInfo = { readonly comparison: BaselineComparison; readonly ref: string } | { readonly note: string };

interface Tracked {
  readonly ref: string;
  /** Bumped by every load, so only the newest one's answer is kept. */
  generation: number;
  lookup?: BaselineLookup;
}

/** Versions kept across files and refs; a session looks at few. */
const MAX_VERSIONS = 50;

export class Baselines {
  private readonly tracked = new Map<string, Tracked>();
  private readonly versions = new Map<string, Promise<BaselineLookup>>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly comparisons = new WeakMap<Analysis, { version: BaselineVersion; comparison: BaselineComparison }>();

  constructor(
    private readonly host: BaselineHost,
    private readonly git: BaselineGit = GIT,
  ) {}

  /** After every analysis: starts loading when the plan names a baseline not loaded yet. Cheap; never waits. */
  track(entry: ProgramEntry): void {
    const ref = currentRef(entry.analysis);
    const known = this.tracked.get(entry.uri);
    if (ref === undefined) {
      this.tracked.delete(entry.uri);
      return;
    }
    if (known?.ref === ref) return;
    const tracked: Tracked = { ref, generation: 0 };
    this.tracked.set(entry.uri, tracked);
    void this.load(entry.uri, tracked);
  }

  /** The file was saved or changed on disk: resolve its ref again (a branch may have moved, a tag been fetched). */
  refresh(uri: string): Promise<void> {
    const tracked = this.tracked.get(uri);
    return tracked ? this.load(uri, tracked) : Promise.resolve();
  }

  forget(uri: string): void {
    this.tracked.delete(uri);
  }

  /** Resolves when the file's latest load has ended (for tests). */
  async settled(uri: string): Promise<void> {
    let waited: Promise<void> | undefined;
    for (let work = this.pending.get(uri); work && work !== waited; work = this.pending.get(uri)) {
      waited = work;
      await work;
    }
  }

  /** PP601 / PP602 at the `baseline:` value, once its load said so. */
  diagnostics(entry: ProgramEntry): Diagnostic[] {
    const baseline = entry.analysis.program.baselines?.[0];
    const lookup = baseline && this.lookupFor(entry.uri, baseline.ref);
    if (!baseline || !lookup || !('problem' in lookup)) return [];
    const found = baselineDiagnostic(baseline, lookup.problem);
    return found ? [found] : [];
  }

  /** The baseline's committed version, once read (for the status report). */
  version(entry: ProgramEntry): BaselineVersion | undefined {
    const ref = currentRef(entry.analysis);
    const lookup = ref === undefined ? undefined : this.lookupFor(entry.uri, ref);
    return lookup && 'version' in lookup ? lookup.version : undefined;
  }

  /** The baseline as the history metrics read it (`computeMetrics`), or why there is none. */
  metricsBaseline(entry: ProgramEntry): MetricsInput['baseline'] {
    const ref = currentRef(entry.analysis);
    if (ref === undefined) return { unavailable: 'the plan names no `baseline:`' };
    const lookup = this.lookupFor(entry.uri, ref);
    if (!lookup) return { unavailable: `baseline '${ref}' is still being read from git` };
    if ('problem' in lookup) return { unavailable: lookup.problem.message };
    return { ref, commit: lookup.version.commit, analysis: lookup.version.analysis, comparison: this.comparison(entry.analysis, lookup.version) };
  }

  /** The variance of the current analysis against the baseline, or why there is none. */
  info(entry: ProgramEntry): BaselineInfo | undefined {
    const ref = currentRef(entry.analysis);
    if (ref === undefined) return undefined;
    const lookup = this.lookupFor(entry.uri, ref);
    if (!lookup) return { note: `Baseline '${ref}' is being read from git…` };
    if ('problem' in lookup) return { note: `No variance against baseline '${ref}': ${lookup.problem.message}.` };
    return { comparison: this.comparison(entry.analysis, lookup.version), ref };
  }

  private comparison(analysis: Analysis, version: BaselineVersion): BaselineComparison {
    const kept = this.comparisons.get(analysis);
    if (kept?.version === version) return kept.comparison;
    const comparison = compareWithBaseline(analysis, version.analysis);
    this.comparisons.set(analysis, { version, comparison });
    return comparison;
  }

  private lookupFor(uri: string, ref: string): BaselineLookup | undefined {
    const tracked = this.tracked.get(uri);
    return tracked?.ref === ref ? tracked.lookup : undefined;
  }

  private load(uri: string, tracked: Tracked): Promise<void> {
    const generation = ++tracked.generation;
    const work = this.lookup(uri, tracked.ref).then(
      (lookup) => {
        if (this.tracked.get(uri) !== tracked || tracked.generation !== generation) return;
        const before = tracked.lookup;
        tracked.lookup = lookup;
        if (before !== lookup) this.host.changed(uri);
      },
      (error: unknown) => this.host.log(`Reading baseline '${tracked.ref}' of ${uri} failed: ${describeError(error)}`),
    );
    this.pending.set(uri, work);
    return work;
  }

  private async lookup(uri: string, ref: string): Promise<BaselineLookup> {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return { problem: { kind: 'no-git', message: 'the plan is not a file on disk, so it has no git history' } };
    const filePath = parsed.fsPath;
    const commit = await this.git.commitOf(filePath, ref);
    // An unknown ref is asked again each time: it may be fetched meanwhile.
    if (commit === undefined) return this.git.load(filePath, ref);
    const key = `${filePath}\0${ref}\0${commit}`;
    let version = this.versions.get(key);
    if (!version) {
      version = this.git.load(filePath, ref);
      if (this.versions.size >= MAX_VERSIONS) this.versions.delete(this.versions.keys().next().value!);
      this.versions.set(key, version);
      version.catch(() => this.versions.delete(key));
    }
    return version;
  }
}

function currentRef(analysis: Analysis): string | undefined {
  const baseline: BaselineRef | undefined = analysis.program.baselines?.[0];
  return baseline?.ref;
}
