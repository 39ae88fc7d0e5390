/** The Gantt and critical-path panels' views, built from the current analysis of the file they show. */
import { URI, Utils } from 'vscode-uri';
import { CRITICAL_PATH_SCOPES } from '../core/mermaid/criticalPath';
import type { CriticalPathParams, GanttParams } from '../protocol/requests';
import type { PanelView } from '../protocol/panels';
import type { ProgramEntry } from './programStore';
import type { BaselineInfo } from './baseline';
import { buildView, type ViewOptions } from './views';

export function fileNameOf(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

function options(uri: string, rest: Partial<ViewOptions>): ViewOptions {
  return { documentUri: uri, fileName: fileNameOf(uri), groupBy: 'phase', scope: 'auto', nearCriticalThreshold: 2, ...rest };
}

export function ganttView(entry: ProgramEntry, params: GanttParams, baseline?: BaselineInfo): PanelView {
  return buildView('gantt', entry.analysis, options(params.uri, { groupBy: params.groupBy === 'team' ? 'team' : 'phase', baseline }));
}

export function criticalPathView(entry: ProgramEntry, params: CriticalPathParams, baseline?: BaselineInfo): PanelView {
  const scope = CRITICAL_PATH_SCOPES.includes(params.scope) ? params.scope : 'auto';
  const threshold = typeof params.nearCriticalThreshold === 'number' && Number.isFinite(params.nearCriticalThreshold) ? params.nearCriticalThreshold : 2;
  return buildView('criticalPath', entry.analysis, options(params.uri, { scope, nearCriticalThreshold: threshold, baseline }));
}
