/** `program-pilot charter <file>`: the program charter in Markdown. */
import { charterMarkdown } from '../../core/documents/charter';
import { documentCommand } from './documentCommand';

export const charterCommand = documentCommand({
  name: 'charter',
  summary: 'Print the program charter (context, success criteria, scope, teams, RACI, timeline, top risks)',
  describes: `Prints the charter of a program file in Markdown: business context, success criteria,
scope and out of scope, teams, RACI, the timeline by phase with dates from the schedule,
and the top open risks with their mitigations.`,
  generate: (analysis) => ({ markdown: charterMarkdown(analysis) }),
});
