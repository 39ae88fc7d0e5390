/**
 * Launch readiness and stakeholder hygiene: a checklist item nobody signs off (PP503), checklist
 * items still open within a week of the launch date or after it (PP504), and a high-influence
 * stakeholder without an engagement strategy (PP306).
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
  return found;
}
