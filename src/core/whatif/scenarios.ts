/**
 * Scenarios from the file (`scenarios:`) and the decisions whose `options` name them: the impact
 * of each, and of each option on the milestones, for the CLI and the status report.
 */
import type { Decision, IsoDate, Scenario } from '../model';
import { workingDays } from '../text/plural';
import { scenarioChanges } from './changes';
import { whatIf, type WhatIfImpact, type WhatIfInput } from './impact';

/** The impact of the scenario with this id, or undefined when the file has none. */
export function scenarioImpact(input: WhatIfInput, scenarioId: string): WhatIfImpact | undefined {
  const scenario = findScenario(input, scenarioId);
  return scenario && whatIf(input, scenarioChanges(scenario));
}

export function findScenario(input: WhatIfInput, scenarioId: string): Scenario | undefined {
  return input.program.scenarios?.find((s) => s.id === scenarioId);
}

/** Where an option puts one milestone (or the projected end). */
export interface OptionMilestone {
  readonly id: string;
  readonly name: string;
  readonly date: IsoDate;
  /** Working days later than the plan (negative: earlier). */
  readonly days: number;
}

export interface DecisionOption {
  readonly scenarioId: string;
  /** The scenario's name; its id when the scenario is missing (reported as PP108). */
  readonly name: string;
  /** Undefined when no scenario has the id. */
  readonly impact?: WhatIfImpact;
  /** Every milestone of the plan with the day this option gives it, in file order. */
  readonly milestones: readonly OptionMilestone[];
  readonly projectEnd?: OptionMilestone;
}

export interface DecisionOptions {
  readonly decision: Decision;
  readonly options: readonly DecisionOption[];
  /** The milestone the options are compared on: the one the plan finishes last (none: the projected end). */
  readonly keyMilestone?: string;
}

/** Each decision that lists options, with the impact of each option. */
export function decisionOptions(input: WhatIfInput): DecisionOptions[] {
  const key = lastMilestone(input);
  return input.program.decisions
    .filter((d) => (d.options ?? []).length > 0)
    .map((decision) => ({ decision, options: (decision.options ?? []).map((ref) => option(input, ref.id)), keyMilestone: key }));
}

/** The milestone the plan finishes last (the one options and the confidence line are stated for). */
export function lastMilestone(input: WhatIfInput): string | undefined {
  let last: { id: string; day: number } | undefined;
  for (const task of input.program.tasks) {
    const planned = input.schedule.byId.get(task.id);
    if (task.milestone && planned && (!last || planned.finishDay >= last.day)) last = { id: task.id, day: planned.finishDay };
  }
  return last?.id;
}

function option(input: WhatIfInput, scenarioId: string): DecisionOption {
  const scenario = findScenario(input, scenarioId);
  if (!scenario) return { scenarioId, name: scenarioId, milestones: [] };
  const impact = whatIf(input, scenarioChanges(scenario));
  const milestones: OptionMilestone[] = [];
  for (const task of input.program.tasks) {
    const planned = input.schedule.byId.get(task.id);
    const scheduled = impact.schedule.byId.get(task.id);
    if (!task.milestone || !planned || !scheduled || planned.index !== task.index) continue;
    milestones.push({ id: task.id, name: task.name, date: scheduled.finishDate, days: scheduled.finishDay - planned.finishDay });
  }
  const end = impact.projectEnd;
  return {
    scenarioId,
    name: scenario.name,
    impact,
    milestones,
    projectEnd: end && { id: end.id, name: end.name, date: end.to.date, days: end.days },
  };
}

/**
 * One line comparing the options on their key milestone: "Reduce to 3 pilots: GA 2026-08-04
 * (−8 working days); Keep 5 pilots: GA 2026-08-14".
 */
export function optionsSummary(options: DecisionOptions): string {
  return options.options
    .map((o) => {
      const point = options.keyMilestone === undefined ? o.projectEnd : o.milestones.find((m) => m.id === options.keyMilestone);
      if (!point) return `${o.name}: no such scenario`;
      const shift = point.days === 0 ? '' : ` (${point.days < 0 ? '−' : '+'}${workingDays(point.days)})`;
      return `${o.name}: ${point.name} ${point.date}${shift}`;
    })
    .join('; ');
}
