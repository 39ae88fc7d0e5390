/**
 * The custom requests and notifications between the extension (client) and the language server,
 * beyond standard LSP: what panels, the status bar, pickers and commands ask the server, which
 * holds every analysis. Shared by both sides; no `vscode` and no LSP library import, so each side
 * sends them with its own connection (`method` is the JSON-RPC method name).
 */
import type { GanttGrouping } from '../core/mermaid/gantt';
import type { CriticalPathScope } from '../core/mermaid/criticalPath';
import type { OverallStatus } from '../core/model';
import type { PanelView } from './panels';
import type { PreviewResult } from './preview';

/** A request's name with its parameter and result types attached (types only, erased at run time). */
export interface Request<P, R> {
  readonly method: string;
  readonly types?: { params: P; result: R };
}

export interface Notification<P> {
  readonly method: string;
  readonly types?: { params: P };
}

export const request = <P, R>(method: string): Request<P, R> => ({ method });
const notification = <P>(method: string): Notification<P> => ({ method });

/** Line and character (UTF-16) as LSP counts them; structurally LSP's own `Range`. */
export interface Range {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface UriParams {
  /** The program file, as the client spells its URI. */
  readonly uri: string;
}

export interface ProgramSummary {
  readonly uri: string;
  /** The program's `program:` name; empty when the file has none. */
  readonly name: string;
  readonly statusDate?: string;
}

/** Every program file the server knows (open or in the workspace folders). */
export const PROGRAMS = request<void, ProgramSummary[]>('programPilot/programs');
/** One program file, read from disk if the server did not know it; null when it cannot be read. */
export const PROGRAM = request<UriParams, ProgramSummary | null>('programPilot/program');

export interface GanttParams extends UriParams {
  readonly groupBy: GanttGrouping;
}
export const GANTT = request<GanttParams, PanelView | null>('programPilot/gantt');

export interface CriticalPathParams extends UriParams {
  readonly scope: CriticalPathScope;
  readonly nearCriticalThreshold: number;
}
export const CRITICAL_PATH = request<CriticalPathParams, PanelView | null>('programPilot/criticalPath');

export interface StatusParams extends UriParams {
  readonly asOf: string;
}
export interface StatusResult extends PreviewResult {
  readonly programName: string;
}
/** The weekly status report, compared with the plan as committed a week earlier (git, in the server). */
export const STATUS = request<StatusParams, StatusResult | null>('programPilot/status');

export interface HealthSummary {
  readonly status: OverallStatus;
  /** "Green · ends 12 Mar": the status bar text after the icon. */
  readonly text: string;
  readonly accessibilityLabel: string;
  /** Markdown (untrusted). */
  readonly tooltip: string;
}
/** What the status bar shows for a program. */
export const HEALTH = request<UriParams, HealthSummary | null>('programPilot/health');

export interface TaskParams extends UriParams {
  readonly taskId: string;
}
/** Where a task's id is written, to reveal it from a panel. */
export const TASK_LOCATION = request<TaskParams, Range | null>('programPilot/taskLocation');

export interface TaskAtParams extends UriParams {
  readonly position: Range['start'];
}
export interface TaskAt {
  readonly taskId: string;
  readonly name: string;
}
/** The task whose block holds the cursor ("Show in Gantt"), or null. */
export const TASK_AT = request<TaskAtParams, TaskAt | null>('programPilot/taskAt');

export interface OwnerChoicesParams extends UriParams {
  /** The task; without it, the task around `position`. */
  readonly taskId?: string;
  readonly position?: Range['start'];
}
export interface OwnerChoice {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly detail?: string;
}
export type OwnerChoices =
  | { readonly taskId: string; readonly title: string; readonly choices: readonly OwnerChoice[] }
  /** Why no owner can be picked, in words for the user. */
  | { readonly message: string };
export const OWNER_CHOICES = request<OwnerChoicesParams, OwnerChoices>('programPilot/ownerChoices');

export interface AssignOwnerParams extends TaskParams {
  readonly personId: string;
}
/** The edit that makes `personId` the task's owner in the current text: LSP text edits, or null when the task is gone. */
export const ASSIGN_OWNER = request<AssignOwnerParams, { range: Range; newText: string }[] | null>('programPilot/assignOwner');

/** Server → client: a program's analysis changed (debounced after edits, or its file changed on disk). */
export const DID_ANALYSE = notification<UriParams>('programPilot/didAnalyse');
/** Server → client: a program file was deleted. */
export const DID_REMOVE = notification<UriParams>('programPilot/didRemove');

export interface YamlValidationParams {
  /** Red Hat's YAML extension is installed, enabled and validating (`yaml.validate`). */
  readonly redHatValidates: boolean;
}
/** Client → server: the user trusted the workspace (it started in Restricted Mode, where the server runs no git). */
export const WORKSPACE_TRUSTED = notification<Record<string, never>>('programPilot/workspaceTrusted');

/** Client → server (also sent as `initializationOptions`): who else reports schema errors for `yaml` documents. */
export const YAML_VALIDATION = notification<YamlValidationParams>('programPilot/yamlValidation');

export type ParamsOf<T> = T extends Request<infer P, unknown> ? P : T extends Notification<infer P> ? P : never;
export type ResultOf<T> = T extends Request<unknown, infer R> ? R : never;
