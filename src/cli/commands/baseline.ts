/**
 * `program-pilot baseline set|show <file>`. `set` tags the commit that holds the file as saved
 * (`baseline/<program>/<date>`, annotated) and names the tag in `baseline:` with a minimal edit;
 * it asks first on a terminal, never moves a tag, and refuses a file with uncommitted changes.
 * `show` prints the baseline's commit and the variance of every task against it.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { analyze } from '../../core/analyze';
import { baselineTagName, setBaselineEdit } from '../../core/baseline/baselineEdit';
import { loadBaseline, pickBaseline } from '../../core/baseline/baselineVersion';
import { baselineDiagnostic } from '../../core/baseline/baselineDiagnostics';
import { compareWithBaseline } from '../../core/baseline/compare';
import { varianceMarkdown } from '../../core/baseline/varianceMarkdown';
import { todayIso } from '../../core/dates';
import { applyEdits } from '../../core/fixes/textEdit';
import { LineIndex } from '../../core/source';
import { locateInRepository, NOT_IN_GIT } from '../../core/git/git';
import { createAnnotatedTag, hasUncommittedChanges, resolveCommit, tagCommit } from '../../core/git/refs';
import { isoDate, oneLine, oneOf, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand, CliIo } from '../command';

const USAGE = `Usage: program-pilot baseline set [--yes] [--date YYYY-MM-DD] <file>
       program-pilot baseline show [--as-of YYYY-MM-DD] [--format md|json] [--ref REF] <file>

set   Creates the annotated tag baseline/<program>/<date> on HEAD, which must hold the file
      as saved (commit your changes first), and sets \`baseline: <tag>\` in the file (a
      one-line edit; commit it afterwards). Asks before creating the tag unless --yes; an
      existing tag is never moved.
show  Prints the current baseline (or the one --ref names), its commit, and each task's
      baseline and forecast dates with the variance in working days (+ is later).

Options:
  --yes                Create the tag without asking (required when not on a terminal).
  --date YYYY-MM-DD    The date in the tag's name (default: today).
  --as-of YYYY-MM-DD   The date of the forecast (default: the file's statusDate, else today).
  --format md|json     Markdown (default) or JSON.
  --ref REF            Compare with this ref instead of the plan's current baseline.
  -h, --help           Show this help.

Exit status: 0 on success, 1 when the baseline cannot be made or read, 2 on a usage error
or a file that cannot be read, 3 on an internal error.
`;

/** What `set` needs from the outside world, replaced in tests. */
export interface BaselineEnvironment {
  /** Asks a yes/no question; undefined when there is no one to ask (not a terminal). */
  readonly confirm: (question: string) => Promise<boolean> | undefined;
  readonly writeFile: (path: string, text: string) => void;
  readonly today: () => string;
}

const terminal: BaselineEnvironment = {
  confirm: (question) => {
    if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
    const readline = createInterface({ input: process.stdin, output: process.stdout });
    return readline.question(`${question} [y/N] `).then(
      (answer) => {
        readline.close();
        return /^y(es)?$/i.test(answer.trim());
      },
    );
  },
  writeFile: (path, text) => writeFileSync(path, text),
  today: () => todayIso(),
};

export function baselineCommandWith(environment: BaselineEnvironment): CliCommand {
  return {
    name: 'baseline',
    summary: 'Set a baseline (a git tag the file names) or show the variance against it',
    usage: USAGE,
    run(args, io) {
      const [action, ...rest] = args;
      if (action === 'set') return setBaseline(rest, io, environment);
      if (action === 'show') return showBaseline(rest, io);
      io.stderr(`program-pilot baseline: ${action === undefined ? 'say set or show' : `unknown action '${action}' (set or show)`}\n\n${USAGE}`);
      return 2;
    },
  };
}

export const baselineCommand = baselineCommandWith(terminal);

function usageError(io: CliIo, problem: string): number {
  io.stderr(`program-pilot baseline: ${problem}\n\n${USAGE}`);
  return 2;
}

function fail(io: CliIo, file: string, problem: string): number {
  io.stderr(`program-pilot baseline: ${file}: ${problem}\n`);
  return 1;
}

async function setBaseline(args: readonly string[], io: CliIo, environment: BaselineEnvironment): Promise<number> {
  const parsed = parseCommandArgs(args, { values: { date: isoDate }, flags: ['yes'], files: 'one' });
  if (typeof parsed === 'string') return usageError(io, parsed);
  const file = parsed.files[0];
  const text = readProgramText(io, 'baseline', file);
  if (text === undefined) return 2;
  if (text.includes('\uFFFD')) return fail(io, file, 'the file is not clean UTF-8, so it is not edited; save it as UTF-8 first');
  const absolute = resolve(io.cwd, file);
  const located = await locateInRepository(absolute);
  if (!located) return fail(io, file, NOT_IN_GIT);
  const { path, top } = located;
  const git = { cwd: top };
  const dirty = await hasUncommittedChanges(path, git);
  if (typeof dirty !== 'boolean') return fail(io, file, dirty.unavailable);
  if (dirty) return fail(io, file, 'the file has changes that are not committed; commit it first, so the baseline is the plan as saved');
  const commit = await resolveCommit('HEAD', git);
  if (!commit) return fail(io, file, 'the repository has no commits yet');

  const { program } = analyze(text);
  const tag = baselineTagName(program.name, parsed.values.get('date') ?? environment.today());
  const existing = await tagCommit(tag, git);
  if (existing) return fail(io, file, `the tag '${tag}' already exists (on commit ${existing.slice(0, 10)}); a baseline tag is never moved (delete it with \`git tag -d ${tag}\` if it is wrong, or give another --date)`);
  if (!parsed.flags.has('yes')) {
    const question = `Create the tag '${tag}' on commit ${commit.slice(0, 10)} and set \`baseline: ${tag}\` in ${file}?`;
    const answer = environment.confirm(question);
    if (answer === undefined) return fail(io, file, 'not on a terminal, so nobody can confirm: run again with --yes to create the tag');
    if (!(await answer)) {
      io.stderr('program-pilot baseline: nothing changed\n');
      return 1;
    }
  }
  const created = await createAnnotatedTag(tag, commit, `Baseline of ${program.name || 'the plan'} (${path})`, git);
  if ('refused' in created) return fail(io, file, created.refused);
  const edit = setBaselineEdit(text, program, tag);
  if (edit) environment.writeFile(absolute, applyEdits(text, [edit]));
  io.stdout(
    `Created the tag ${tag} on commit ${commit.slice(0, 10)}.\n` +
      (edit ? `Set \`baseline: ${tag}\` in ${file}; commit that change, and push the tag (git push origin ${tag}).\n` : `${file} already names it.\n`),
  );
  return 0;
}

async function showBaseline(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { values: { 'as-of': isoDate, format: oneOf(['md', 'json']), ref: () => undefined }, files: 'one' });
  if (typeof parsed === 'string') return usageError(io, parsed);
  const file = parsed.files[0];
  const text = readProgramText(io, 'baseline', file);
  if (text === undefined) return 2;
  const asOf = parsed.values.get('as-of');
  const analysis = analyze(text, asOf ? { asOf } : {});
  const wanted = parsed.values.get('ref');
  const named = pickBaseline(analysis.program.baselines, wanted);
  const ref = named?.ref ?? wanted;
  if (ref === undefined) return fail(io, file, 'the plan names no `baseline:` (make one with `program-pilot baseline set`)');
  const lookup = await loadBaseline(resolve(io.cwd, file), ref);
  if ('problem' in lookup) {
    // A ref the file names gets the diagnostic the editor shows, at its place in the file.
    const found = named && baselineDiagnostic(named, lookup.problem);
    if (!found) return fail(io, file, `baseline '${ref}': ${lookup.problem.message}`);
    const at = new LineIndex(text).positionAt(found.span.start);
    io.stderr(`${file}:${at.line + 1}:${at.character + 1}: ${found.severity} ${found.code} ${oneLine(found.message)}\n`);
    return 1;
  }
  const { version } = lookup;
  const comparison = compareWithBaseline(analysis, version.analysis);
  const heading = {
    program: analysis.program.name,
    ref,
    ...(named?.name ? { name: named.name } : {}),
    commit: version.commit,
    asOf: analysis.asOf,
    ...(version.renamedFrom ? { renamedFrom: version.renamedFrom } : {}),
  };
  io.stdout(parsed.values.get('format') === 'json' ? `${JSON.stringify({ ...heading, ...comparison }, null, 2)}\n` : varianceMarkdown(heading, comparison));
  return 0;
}
