/** `program-pilot raid <file>`: the RAID log in Markdown. */
import { raidMarkdown } from '../../core/documents/raid';
import { documentCommand } from './documentCommand';

export const raidCommand = documentCommand({
  name: 'raid',
  summary: 'Print the RAID log (risks, actions, issues, decisions) as Markdown tables',
  describes: `Prints the RAID log of a program file as four Markdown tables: risks (probability,
impact, mitigation, owner) by score, actions (owner, due, status) by due date, issues
(severity, impact, resolution, owner) by severity, decisions (date, outcome, rationale)
pending first.`,
  generate: (analysis) => ({ markdown: raidMarkdown(analysis) }),
});
