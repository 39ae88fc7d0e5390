/**
 * The TPM in the editor: hovers a task to read its schedule, and fixes a task without owner
 * with the quick fix "Assign owner: …".
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, mentionsDate } from './support/expected';
import { useSession } from './support/session';

describe('Editor', () => {
  const workbench = useSession();

  it('shows a task’s float and dates on hover', async () => {
    const { analysis, at } = example('multi-tenancy.program.yaml');
    // A task with float, so "float N" cannot be confused with a critical task's 0.
    const scheduled = analysis.schedule.tasks.find((t) => t.tf > 0 && !t.planned);
    assert.ok(scheduled, 'the example should have a non-critical task');
    const task = analysis.program.tasks[scheduled.index];
    const { line, column } = at(task.idSpan.start);

    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().goTo(line, column);
    const hover = await workbench().hover(task.id, (text) => text.includes(task.name));
    await workbench().screenshot('hover', { publishAs: 'hover' });
    assert.ok(mentionsDate(hover, scheduled.startDate), `start ${scheduled.startDate} not in hover:\n${hover}`);
    assert.ok(mentionsDate(hover, scheduled.finishDate), `finish ${scheduled.finishDate} not in hover:\n${hover}`);
    assert.match(hover, new RegExp(`float\\D{0,12}${scheduled.tf}\\b`, 'i'), `total float ${scheduled.tf} not in hover:\n${hover}`);
  });

  it('assigns the team lead as owner with a quick fix', async () => {
    const { text, analysis, at, lines } = example('broken.program.yaml');
    const finding = analysis.diagnostics.find((d) => d.code === 'PP201');
    assert.ok(finding, 'the broken example should have a task without owner');
    const task = analysis.program.tasks.find((t) => t.span.start <= finding.span.start && finding.span.end <= t.span.end && !t.owner);
    assert.ok(task?.team, 'the ownerless task should belong to a team');
    const lead = analysis.program.teams.find((t) => t.id === task.team?.id)?.lead?.id;
    assert.ok(lead, `team ${task.team.id} should have a lead`);
    const { line, column } = at(finding.span.start);

    await workbench().openFile('broken.program.yaml');
    await workbench().goTo(line, column);
    await workbench().quickFix(`Assign owner: `, lead);
    await workbench().screenshot('owner-assigned');
    await workbench().save();

    const before = text.split('\n');
    const after = readFileSync(join(workbench().workspace, 'broken.program.yaml'), 'utf8').split('\n');
    const inserted = after.findIndex((l, i) => l !== before[i]);
    assert.deepEqual([...after.slice(0, inserted), ...after.slice(inserted + 1)], before, 'exactly one line is added and nothing else changes');
    assert.equal(after[inserted].trim(), `owner: ${lead}`);
    const [first, last] = lines(task.span);
    assert.ok(inserted + 1 > first && inserted + 1 <= last + 1, `the owner line (line ${inserted + 1}) belongs inside the task block (lines ${first}–${last})`);
    // before[first] is the task's second line (0-based index of the 1-based line after `- id:`): a plain key.
    assert.equal(/^\s*/.exec(after[inserted])?.[0], /^\s*/.exec(before[first])?.[0], 'the owner line is indented like the other keys of the task');
  });
});
