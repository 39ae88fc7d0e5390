/** The cockpit of one program: every view's nodes from one analysis. */
import type { Analysis } from '../analyze';
import { attentionNodes } from './attention';
import { milestoneNodes } from './milestones';
import { peopleNodes, type PeopleOptions } from './people';
import { raidNodes } from './raid';
import type { Cockpit } from './tree';

export type CockpitOptions = PeopleOptions;

export const DEFAULT_CRITICAL_LIMIT = 2;

export function buildCockpit(analysis: Analysis, options: CockpitOptions = { criticalLimit: DEFAULT_CRITICAL_LIMIT }): Cockpit {
  return {
    milestones: milestoneNodes(analysis),
    attention: attentionNodes(analysis),
    raid: raidNodes(analysis),
    people: peopleNodes(analysis, options),
  };
}
