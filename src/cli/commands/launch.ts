/** `program-pilot launch <file>`: the launch go/no-go document; exit status 1 on NO-GO. */
import { launchMarkdown, launchVerdict } from '../../core/documents/launch';
import { documentCommand } from './documentCommand';

export const launchCommand = documentCommand({
  name: 'launch',
  summary: 'Print the launch go/no-go: checklist by group, rollout, verdict (exit 1 on NO-GO)',
  describes: `Prints the launch readiness of a program file in Markdown: the verdict GO or NO-GO
with its reasons (open checklist items, critical work forecast after the launch date, open
high risks on work the launch waits for), the checklist by readiness group with owners and
done state, the staged rollout, rollback triggers and post-launch checks.`,
  failure: 'NO-GO',
  generate(analysis) {
    const verdict = launchVerdict(analysis);
    return { markdown: launchMarkdown(analysis, verdict), status: verdict.go ? 0 : 1 };
  },
});
