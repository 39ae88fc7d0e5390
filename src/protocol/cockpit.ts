/**
 * The cockpit request: the tree data of the "Program" views (Milestones, Attention, RAID,
 * People) for every program the server knows, the active editor's first.
 */
import type { Tone } from '../core/cockpit/tree';
import type { Range, Request } from './requests';

export interface CockpitParams {
  /** The active editor's program, listed first. */
  readonly active?: string;
  /** `programPilot.cockpit.criticalTaskLimit`: more concurrent critical tasks for one person is flagged. */
  readonly criticalLimit: number;
}

export interface CockpitItem {
  readonly label: string;
  readonly description?: string;
  readonly reason?: string;
  readonly tone: Tone;
  /** The id's range in the program file: clicking the node selects it. */
  readonly range?: Range;
  readonly taskId?: string;
  readonly children?: readonly CockpitItem[];
}

export interface CockpitProgram {
  readonly uri: string;
  readonly name: string;
  readonly milestones: readonly CockpitItem[];
  readonly attention: readonly CockpitItem[];
  readonly raid: readonly CockpitItem[];
  readonly people: readonly CockpitItem[];
}

export const COCKPIT: Request<CockpitParams, CockpitProgram[]> = { method: 'programPilot/cockpit' };
