/**
 * The program model: what a `*.program.yaml` file says, after parsing and schema checks.
 *
 * The model is tolerant. A field whose value has the wrong type or an impossible date is left
 * out (and reported as a diagnostic by the parser); every entity that has an id is kept, so
 * the rest of the file is still analysed. Every entity and field keeps its source location.
 */
import type { Span } from './source';

/** Where a `key: value` pair sits in the text. */
export interface FieldSpan {
  readonly key: Span;
  readonly value: Span;
}

/** Something located in the file: the whole block and each of its keys and values. */
export interface Located {
  /** The whole YAML node (for a list item: from the `-` to the end of the item). */
  readonly span: Span;
  /** Key and value ranges of the fields present in the file, by key name. */
  readonly fields: Readonly<Record<string, FieldSpan>>;
}

/** A reference by id to a task, person, team or risk, with the location of the id text. */
export interface Ref {
  readonly id: string;
  readonly span: Span;
}

/** A date in `YYYY-MM-DD` form that is a real calendar day (validated by the parser). */
export type IsoDate = string;

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';
export const DEPENDENCY_TYPES: readonly DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

export interface Dependency {
  /** The predecessor task, located at the id text. */
  readonly task: Ref;
  readonly type: DependencyType;
  /** Working days; negative is a lead. */
  readonly lag: number;
  /** The whole list item (`- b` or `- {task: b, type: SS}`), for "Remove dependency". */
  readonly span: Span;
}

export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'blocked' | 'at-risk' | 'cancelled';
export const TASK_STATUSES: readonly TaskStatus[] = ['not-started', 'in-progress', 'done', 'blocked', 'at-risk', 'cancelled'];

export interface Task extends Located {
  readonly id: string;
  readonly idSpan: Span;
  /** Position in `tasks`, 0-based. */
  readonly index: number;
  readonly name: string;
  readonly phase?: string;
  readonly team?: Ref;
  /** The Responsible person. */
  readonly owner?: Ref;
  /** Own accountable people as written (usually one; more than one is reported). */
  readonly accountable: readonly Ref[];
  readonly consulted: readonly Ref[];
  readonly informed: readonly Ref[];
  /** Working days; 0 is a milestone. Invalid or missing durations are 0. */
  readonly duration: number;
  readonly milestone: boolean;
  readonly dependsOn: readonly Dependency[];
  readonly notBefore?: IsoDate;
  readonly deadline?: IsoDate;
  readonly status: TaskStatus;
  /** 0–100. */
  readonly progress?: number;
  readonly actualStart?: IsoDate;
  readonly actualFinish?: IsoDate;
  readonly blocker?: string;
  readonly notes?: string;
  /** The range of working days the work may take, for the confidence forecast. */
  readonly estimate?: Estimate;
}

/**
 * Three-point estimate in working days (written like durations). `likely` absent means the
 * task's `duration`. Out-of-order values are reported (PP008); the forecast then reads them sorted.
 */
export interface Estimate {
  readonly optimistic: number;
  readonly likely?: number;
  readonly pessimistic: number;
}

export interface Person extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly name: string;
  readonly role?: string;
  readonly team?: Ref;
  readonly email?: string;
}

export interface Team extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly name: string;
  readonly lead?: Ref;
}

export type Level = 'low' | 'medium' | 'high';
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

export type RiskStatus = 'open' | 'mitigated' | 'closed' | 'occurred';

export interface Risk extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly title: string;
  readonly probability?: Level;
  readonly impact?: Level;
  readonly mitigation?: string;
  /** What happens to the program if the risk occurs, in words for the report. */
  readonly impactText?: string;
  /** When the mitigation is expected to take effect. */
  readonly eta?: IsoDate;
  readonly owner?: Ref;
  readonly status: RiskStatus;
  readonly tasks: readonly Ref[];
  /** `probability` written as a percentage (`30%`): 0–100. */
  readonly probabilityPercent?: number;
  /** What the risk does to the schedule when it occurs. */
  readonly schedule?: RiskSchedule;
}

/** The delay a risk adds to each of its tasks when it occurs (in the confidence forecast). */
export interface RiskSchedule {
  readonly tasks: readonly Ref[];
  /** Working days. */
  readonly delay: number;
}

export interface Action extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly title: string;
  readonly owner?: Ref;
  readonly due?: IsoDate;
  readonly status: 'open' | 'done';
}

export type IssueStatus = 'open' | 'resolved' | 'closed';
export type Severity3 = 'low' | 'medium' | 'high' | 'critical';

export interface Issue extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly title: string;
  readonly severity?: Severity3;
  readonly impact?: string;
  readonly owner?: Ref;
  readonly resolution?: string;
  readonly status: IssueStatus;
}

export interface Decision extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly title: string;
  readonly status: 'pending' | 'made';
  readonly needBy?: IsoDate;
  readonly date?: IsoDate;
  readonly outcome?: string;
  readonly rationale?: string;
  /** The option the TPM recommends while the decision is pending. */
  readonly recommendation?: string;
  readonly owner?: Ref;
  /** The scenarios that stand for the choices (scenario ids). */
  readonly options?: readonly Ref[];
}

/** A named set of changes to the plan, for what-if comparisons (`scenarios:`). */
export interface Scenario extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly name: string;
  readonly changes: readonly ScenarioChange[];
}

/** A change to an existing task: any of a new duration, a slip, a status. */
export interface TaskChange {
  readonly kind: 'change';
  readonly task: Ref;
  /** Working days. */
  readonly duration?: number;
  /** Working days later than the plan. */
  readonly slip?: number;
  readonly status?: TaskStatus;
  readonly span: Span;
}

/** A task the scenario adds. */
export interface AddedTask {
  readonly kind: 'add';
  readonly id: Ref;
  readonly name: string;
  /** Working days. */
  readonly duration: number;
  readonly dependsOn: readonly Ref[];
  readonly span: Span;
}

export type ScenarioChange = TaskChange | AddedTask;

export interface Stakeholder extends Located {
  readonly id: string;
  readonly idSpan: Span;
  readonly name: string;
  readonly role?: string;
  readonly interest?: Level;
  readonly influence?: Level;
  readonly strategy?: string;
}

export interface ChecklistItem extends Located {
  readonly item: string;
  readonly owner?: Ref;
  readonly done: boolean;
  /** The readiness group it belongs to (e.g. technical, operational, stakeholder). */
  readonly group?: string;
}

/** One step of a staged rollout: the share of traffic, how long to hold it, and what must hold to go on. */
export interface RolloutStage extends Located {
  /** Percent of traffic, 0–100. */
  readonly traffic?: number;
  /** How long to hold the stage, as written (`30m`, `2h`, `1d`). */
  readonly hold?: string;
  readonly goCriteria: readonly string[];
}

export interface Launch extends Located {
  readonly date?: IsoDate;
  readonly checklist: readonly ChecklistItem[];
  readonly rollout: readonly RolloutStage[];
  /** What makes the launch roll back. */
  readonly rollbackTriggers: readonly string[];
  /** What is checked after the launch (`postLaunch`, or its `checks`). */
  readonly postLaunch: readonly string[];
  /** When the launch's retrospective is held (`postLaunch.retrospective`). */
  readonly retrospective?: IsoDate;
  /** Who owns the launched service in business as usual (`postLaunch.handoffOwner`). */
  readonly handoffOwner?: Ref;
}

export interface Holiday {
  readonly date: IsoDate;
  readonly name?: string;
  readonly span: Span;
}

export interface Charter {
  readonly context?: string;
  readonly successCriteria: readonly string[];
  readonly inScope: readonly string[];
  readonly outOfScope: readonly string[];
}

export interface Budget {
  readonly total: number;
  readonly spent: number;
  readonly currency?: string;
}

/** A baseline of the plan: a git ref whose version of the file is the plan as committed to. */
export interface BaselineRef {
  readonly ref: string;
  readonly name?: string;
  /** The ref's text, where a diagnostic about it goes. */
  readonly span: Span;
}

export type OverallStatus = 'green' | 'amber' | 'red';

export interface StatusOverride {
  readonly status: OverallStatus;
  readonly reason?: string;
}

/** How the status report weighs what it finds (`reporting:`). */
export interface ReportingOptions {
  /**
   * A blocked critical task is RED when its late start is at most this many working days
   * away; further away it is AMBER (there is time to unblock it).
   */
  readonly blockedRiskDays?: number;
}

export interface Program extends Located {
  /** The program's name (`program:`); empty when missing (reported). */
  readonly name: string;
  readonly start?: IsoDate;
  readonly statusDate?: IsoDate;
  /** Latest acceptable end of the whole program, for schedule variance. */
  readonly targetEnd?: IsoDate;
  readonly accountable: readonly Ref[];
  readonly charter?: Charter;
  readonly holidays: readonly Holiday[];
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly tasks: readonly Task[];
  readonly risks: readonly Risk[];
  readonly actions: readonly Action[];
  readonly issues: readonly Issue[];
  readonly decisions: readonly Decision[];
  readonly stakeholders: readonly Stakeholder[];
  readonly launch?: Launch;
  readonly budget?: Budget;
  readonly statusOverride?: StatusOverride;
  /** `baseline:` then the items of `baselines:`; the first is the current baseline. */
  readonly baselines?: readonly BaselineRef[];
  readonly reporting?: ReportingOptions;
  /** What-if scenarios; absent in models built without them. */
  readonly scenarios?: readonly Scenario[];
}

/** The kinds of entity that have ids and can be referenced, navigated and renamed. */
export type EntityKind = 'task' | 'person' | 'team' | 'risk' | 'action' | 'issue' | 'decision' | 'stakeholder';
