/**
 * The Gantt chart's styles, resolved from the VS Code theme's colour variables, shared by the
 * bars and the legend so both always agree. Bars are tinted (translucent fill, solid outline),
 * so their labels read in the editor's own text colour in every theme.
 */
import type { GanttBar } from '../../src/core/mermaid/gantt';
import { isNearCritical } from '../../src/core/mermaid/ganttView';
import { cssVar, themeKind } from './theme';
import { svgElement } from './svgDom';

export interface GanttPalette {
  readonly text: string;
  readonly link: string;
  readonly planned: string;
  readonly critical: string;
  readonly nearCritical: string;
  readonly done: string;
  readonly progress: string;
  readonly blocked: string;
  readonly atRisk: string;
  readonly deadline: string;
  readonly status: string;
  readonly today: string;
  readonly background: string;
  /** The thin baseline bars, neutral so they never read as a state. */
  readonly baseline: string;
  /** A forecast later than the baseline. */
  readonly slipped: string;
  /**
   * High contrast themes only: the theme's contrast border, which outlines every bar but the
   * critical ones (those keep their red), as VS Code outlines its own controls.
   */
  readonly outline?: string;
}

export function ganttPalette(): GanttPalette {
  const text = cssVar('--vscode-editor-foreground', cssVar('--vscode-foreground', '#333333'));
  return {
    text,
    link: cssVar('--vscode-editorWidget-foreground', cssVar('--vscode-foreground', '#6b6b6b')),
    planned: cssVar('--vscode-charts-blue', '#1a85ff'),
    critical: cssVar('--vscode-charts-red', '#e53935'),
    nearCritical: cssVar('--vscode-charts-orange', '#d18616'),
    done: cssVar('--vscode-descriptionForeground', '#717171'),
    progress: cssVar('--vscode-charts-green', '#388a34'),
    blocked: cssVar('--vscode-errorForeground', '#e51400'),
    atRisk: cssVar('--vscode-editorWarning-foreground', cssVar('--vscode-charts-yellow', '#bf8803')),
    deadline: cssVar('--vscode-charts-orange', '#d18616'),
    status: cssVar('--vscode-charts-purple', '#8a63d2'),
    today: cssVar('--vscode-focusBorder', '#007fd4'),
    background: cssVar('--vscode-editor-background', '#ffffff'),
    baseline: cssVar('--vscode-descriptionForeground', '#717171'),
    slipped: cssVar('--vscode-editorWarning-foreground', cssVar('--vscode-charts-yellow', '#bf8803')),
    outline: themeKind().startsWith('highContrast') ? cssVar('--vscode-contrastBorder', themeKind() === 'highContrast' ? '#6fc3df' : '#0f4a85') : undefined,
  };
}

export type BarStyle = 'critical' | 'nearCritical' | 'planned' | 'done' | 'cancelled';
/** What the outline says on top of the fill: blocked or at risk. */
export type BarFlag = 'blocked' | 'atRisk' | undefined;

/** Critical is one style whatever the progress; done work is greyed unless it is critical. */
export function barStyle(bar: GanttBar, nearCriticalThreshold: number): BarStyle {
  if (bar.status === 'cancelled') return 'cancelled';
  if (bar.critical) return 'critical';
  if (bar.status === 'done') return 'done';
  return isNearCritical(bar, nearCriticalThreshold) ? 'nearCritical' : 'planned';
}

export function barFlag(bar: GanttBar): BarFlag {
  return bar.status === 'blocked' ? 'blocked' : bar.status === 'at-risk' ? 'atRisk' : undefined;
}

export interface Paint {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash?: string;
}

/** The colour a style tints its bar with. */
export function tintOf(style: BarStyle, palette: GanttPalette): string {
  return style === 'cancelled' || style === 'done' ? palette.done : palette[style];
}

/** `hatch` is the id of the blocked pattern in the same SVG. */
export function paintOf(style: BarStyle, flag: BarFlag, palette: GanttPalette, hatch: string): Paint {
  const base = tintOf(style, palette);
  const outlined = palette.outline !== undefined && style !== 'critical';
  const paint: Paint = {
    fill: base,
    fillOpacity: style === 'done' || style === 'cancelled' ? 0.22 : 0.4,
    stroke: outlined ? palette.outline! : base,
    strokeWidth: palette.outline !== undefined ? 2 : style === 'critical' ? 1.5 : 1,
    dash: style === 'cancelled' ? '3 2' : undefined,
  };
  if (flag === 'blocked') return { ...paint, fill: `url(#${hatch})`, fillOpacity: 1, stroke: palette.blocked, strokeWidth: 2.5 };
  if (flag === 'atRisk') return { ...paint, stroke: palette.atRisk, strokeWidth: 2.5, dash: '5 2' };
  return paint;
}

/** Stripes in the error colour over the bar's own tint: blocked reads without colour too. */
export function hatchPattern(id: string, under: string, palette: GanttPalette): SVGPatternElement {
  const pattern = svgElement('pattern', { id, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(
    svgElement('rect', { width: '6', height: '6', fill: under, 'fill-opacity': '0.3' }),
    svgElement('rect', { width: '2.5', height: '6', fill: palette.blocked, 'fill-opacity': '0.75' }),
  );
  return pattern;
}
