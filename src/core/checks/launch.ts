/**
 * Launch readiness and stakeholder hygiene: a checklist item nobody signs off (PP503), checklist
 * items still open within a week of the launch date or after it (PP504), a high-influence
 * stakeholder without an engagement strategy (PP306), and a person informed or consulted on a
 * task who is not a stakeholder while the plan lists stakeholders (PP307, shown only when asked).
 */
import { dayNumber } from '../dates';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { isBlank, valueSpan, type CheckContext } from './context';

/** Calendar days before the launch date from which open items are reported. */
export const LAUNCH_WEEK_DAYS = 7;

export function checkLaunch(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { launch, stakeholders } = context.program;
  const launchDay = launch?.date === undefined ? undefined : dayNumber(launch.date);
  const now = dayNumber(context.asOf);
  const inLaunchWeek = launchDay !== undefined && now !== undefined && now > launchDay - LAUNCH_WEEK_DAYS;
  for (const item of launch?.checklist ?? []) {
    const at = valueSpan(item, 'item', item.span);
    if (!item.owner) {
      found.push(diagnostic('PP503', at, `Checklist item '${item.item}' has no owner. Add \`owner:\` with the person who signs it off.`));
    }
    if (inLaunchWeek && !item.done) {
      const when = now! > launchDay! ? `the launch date ${launch!.date} has passed` : `the launch is on ${launch!.date}`;
      found.push(diagnostic('PP504', at, `Checklist item '${item.item}' is still open and ${when} (as of ${context.asOf}). Finish it and set \`done: true\`, or move the launch.`));
    }
  }
  for (const stakeholder of stakeholders) {
    if (stakeholder.influence !== 'high' || !isBlank(stakeholder.strategy)) continue;
    found.push(
      diagnostic('PP306', stakeholder.idSpan, `Stakeholder '${stakeholder.id}' has high influence but no engagement strategy. Add \`strategy:\` (e.g. manage closely, keep satisfied).`),
    );
  }
  found.push(...notStakeholders(context));
  return found;
}

/** PP307: one per place a person outside the stakeholder map is written in `informed` or `consulted`. */
function notStakeholders(context: CheckContext): Diagnostic[] {
  const { stakeholders, people, tasks } = context.program;
  if (stakeholders.length === 0) return [];
  const known = new Set<string>();
  for (const s of stakeholders) {
    known.add(s.id);
    if (s.name?.trim()) known.add(s.name.trim().toLowerCase());
  }
  const nameOf = new Map(people.map((p) => [p.id, p.name?.trim().toLowerCase() ?? '']));
  const found: Diagnostic[] = [];
  for (const task of tasks) {
    if (task.status === 'cancelled') continue;
    for (const [role, refs] of [['informed', task.informed], ['consulted', task.consulted]] as const) {
      for (const ref of refs) {
        const name = nameOf.get(ref.id);
        if (known.has(ref.id) || (name && known.has(name))) continue;
        found.push(
          diagnostic('PP307', ref.span, `'${ref.id}' is ${role} on task '${task.id}' but is not a stakeholder. Add them to \`stakeholders\` with their interest and influence, or take them off the task.`, {
            data: { taskId: task.id, personId: ref.id },
          }),
        );
      }
    }
  }
  return found;
}
