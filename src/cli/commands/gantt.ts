/** `program-pilot gantt <file>`: the Mermaid Gantt source the Gantt panel draws. */
import { GANTT_GROUPINGS, ganttChart, type GanttGrouping } from '../../core/mermaid/gantt';
import { oneOf } from '../args';
import { mermaidCommand } from './mermaidCommand';

const USAGE = `Usage: program-pilot gantt [--group-by phase|team] [--fence] <file>

Prints the Mermaid Gantt chart of a program file: the same source the Gantt panel
draws, with the scheduler's dates (weekends and holidays as in the editor), one
section per phase or team, critical tasks marked crit, milestones, done and
in-progress styling, and vertical lines at the status date and launch.

Options:
  --group-by phase|team  Sections by phase (default) or by team.
  --fence                Wrap the output in a \`\`\`mermaid block, ready for a
                         Markdown file (GitHub and most wikis render it).
  -h, --help             Show this help.

Exit status: 0 drawn, 1 nothing could be scheduled (no valid start date, or every
task on a dependency cycle), 2 usage error or unreadable file, 3 internal error.
`;

export const ganttCommand = mermaidCommand({
  name: 'gantt',
  summary: 'Print the Mermaid Gantt chart of a program file',
  usage: USAGE,
  options: { 'group-by': oneOf(GANTT_GROUPINGS) },
  generate(analysis, options) {
    const chart = ganttChart(analysis.program, analysis.schedule, {
      groupBy: (options.get('group-by') ?? 'phase') as GanttGrouping,
      graph: analysis.graph,
    });
    return { source: chart.source, unscheduled: chart.unscheduled, drawn: chart.bars.length > 0 };
  },
});
