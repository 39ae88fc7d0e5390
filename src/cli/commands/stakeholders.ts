/** `program-pilot stakeholders <file>`: the stakeholder map in Markdown with a Mermaid quadrant chart. */
import { stakeholdersMarkdown } from '../../core/documents/stakeholders';
import { documentCommand } from './documentCommand';

export const stakeholdersCommand = documentCommand({
  name: 'stakeholders',
  summary: 'Print the stakeholder map (Mermaid quadrant chart of interest × influence)',
  describes: `Prints the stakeholders of a program file in Markdown: a Mermaid quadrant chart of
interest × influence with every stakeholder placed, and a table with the engagement rule of
each one's quadrant (manage closely, keep satisfied, keep informed, monitor) beside their
own strategy.`,
  generate: (analysis) => ({ markdown: stakeholdersMarkdown(analysis) }),
});
