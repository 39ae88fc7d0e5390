/** `program-pilot critical-path <file>`: the Mermaid flowchart the critical-path panel draws. */
import { CRITICAL_PATH_SCOPES, DEFAULT_MAX_NODES, criticalPathDiagram, type CriticalPathScope } from '../../core/mermaid/criticalPath';
import { oneOf, wholeNumber } from '../args';
import { mermaidCommand } from './mermaidCommand';

const USAGE = `Usage: program-pilot critical-path [options] <file>

Prints the Mermaid flowchart (left to right) of a program's dependency network:
each task with its dates and float, the critical chain highlighted, near-critical
tasks outlined. The same source the critical-path panel draws.

Options:
  --scope auto|critical|focus|all
                      auto (default): the critical path and the near-critical
                      tasks nearest to it, 30 at most (more only if the path
                      is longer). critical: the critical path only. focus:
                      critical and near-critical tasks and milestones, joined by
                      dashed links through the tasks left out. all: every task.
  --threshold N       Near-critical: total float of at most N working days
                      (default 2).
  --max-nodes N       Draw at most N tasks, the least float first (default ${DEFAULT_MAX_NODES}).
  --fence             Wrap the output in a \`\`\`mermaid block for Markdown.
  -h, --help          Show this help.

Exit status: 0 drawn, 1 nothing could be scheduled, 2 usage error or unreadable
file, 3 internal error.
`;

export const criticalPathCommand = mermaidCommand({
  name: 'critical-path',
  summary: 'Print the Mermaid critical-path diagram of a program file',
  usage: USAGE,
  options: { scope: oneOf(CRITICAL_PATH_SCOPES), threshold: wholeNumber(0), 'max-nodes': wholeNumber(1) },
  generate(analysis, options) {
    const diagram = criticalPathDiagram(analysis.program, analysis.schedule, {
      scope: (options.get('scope') ?? 'auto') as CriticalPathScope,
      nearCriticalThreshold: options.has('threshold') ? Number(options.get('threshold')) : undefined,
      maxNodes: options.has('max-nodes') ? Number(options.get('max-nodes')) : undefined,
      graph: analysis.graph,
    });
    const note =
      diagram.hidden > 0
        ? `showing ${diagram.nodes.length} of ${diagram.total} scheduled tasks (scope ${diagram.scope}${diagram.truncated ? ', cut to the least float' : ''}); --scope all shows more.`
        : undefined;
    return { source: diagram.source, unscheduled: diagram.unscheduled, drawn: diagram.total > 0, note };
  },
});
