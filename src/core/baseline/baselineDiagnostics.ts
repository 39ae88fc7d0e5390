/** Diagnostics on a `baseline:` value: an unknown ref (with "did you mean" over the tags) or a version that cannot be used. */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { BaselineRef } from '../model';
import { closest } from '../text/suggest';
import type { BaselineProblem } from './baselineVersion';

/** PP601 for a ref the repository does not have, suggesting the closest of `tags`. */
export function unknownBaselineDiagnostic(baseline: BaselineRef, tags: readonly string[]): Diagnostic {
  const suggestion = closest(baseline.ref, tags);
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
  return diagnostic(
    'PP601',
    baseline.span,
    `Baseline '${baseline.ref}' is not a tag, branch or commit of this repository.${hint} Fix the name, fetch the tags, or make a baseline with \`program-pilot baseline set\`.`,
    suggestion ? { data: { suggestion } } : {},
  );
}

/** The diagnostic for a baseline that could not be loaded (none when git is not there: nothing is wrong with the file). */
export function baselineDiagnostic(baseline: BaselineRef, problem: BaselineProblem): Diagnostic | undefined {
  switch (problem.kind) {
    case 'no-git':
      return undefined;
    case 'unknown-ref':
      return unknownBaselineDiagnostic(baseline, problem.tags);
    default:
      return diagnostic('PP602', baseline.span, `Baseline '${baseline.ref}' cannot be used: ${problem.message}.`);
  }
}
