import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { importPlan } from '../../../src/core/interchange/importPlan';
import type { CsvImportOptions } from '../../../src/core/interchange/csv/importCsv';

const FIXTURES = join(__dirname, '../../fixtures/csv');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function csv(text: string, options: CsvImportOptions = {}) {
  const result = importPlan(text, 'csv', { fileName: 'plan.csv', csv: options, today: '2026-01-05' });
  if (!result.ok) assert.fail(result.error);
  return { ...result, program: analyze(result.yamlText).program };
}

describe('interchange: CSV import', () => {
  it('imports Jira’s export as the golden jira.program.yaml: keys as ids, "blocks" links, due dates as deadlines', () => {
    const result = importPlan(fixture('jira.csv'), 'csv', { fileName: 'jira.csv', csv: { start: '2026-03-02' } });
    if (!result.ok) assert.fail(result.error);
    assert.equal(result.yamlText, fixture('jira.program.yaml'));
    const { program } = analyze(result.yamlText);
    const task = (id: string) => program.tasks.find((t) => t.id === id)!;
    assert.deepEqual(task('PAY-2').dependsOn.map((d) => d.task.id), ['PAY-1'], 'PAY-1 blocks PAY-2');
    assert.deepEqual(task('PAY-4').dependsOn.map((d) => d.task.id), ['PAY-2', 'PAY-3'], 'PAY-4 is blocked by both');
    assert.deepEqual([task('PAY-2').duration, task('PAY-2').status, task('PAY-2').deadline, task('PAY-2').owner?.id], [10, 'in-progress', '2026-03-20', 'kenji-ito']);
    assert.equal(task('PAY-5').status, 'cancelled');
    assert.ok(result.report.warnings.some((w) => w.includes("'Fraud rules for refunds → PAY-9'")));
  });

  it('imports a task list as the golden tasklist.program.yaml and reproduces its dates', () => {
    const result = importPlan(fixture('tasklist.csv'), 'csv', { fileName: 'tasklist.csv' });
    if (!result.ok) assert.fail(result.error);
    assert.equal(result.yamlText, fixture('tasklist.program.yaml'));
    assert.equal(result.report.schedule, 'schedule reproduced: 5/5 tasks');
    const { program } = analyze(result.yamlText);
    assert.deepEqual(program.tasks.map((t) => t.dependsOn.map((d) => `${d.task.id} ${d.type} ${d.lag}`)), [
      [],
      ['site-survey FS 0'],
      ['order-hardware FS 2'],
      ['rack-and-cable SS 1'],
      ['rack-and-cable FS 0', 'burn-in-tests FS 0'],
    ]);
    assert.deepEqual(program.people.map((p) => p.id), ['lena-novak', 'omar-haddad']);
  });

  it('finds another delimiter by itself, or takes the one given', () => {
    const semicolon = fixture('tasklist-semicolon.csv');
    assert.equal(csv(semicolon).program.tasks.length, 5);
    assert.equal(csv(semicolon.replace(/;/g, '|'), { delimiter: '|' }).program.tasks[2].dependsOn[0].lag, 2);
  });

  it('reads ragged rows as far as they go and lists them', () => {
    const { program, report } = csv('Task Name,Duration,Assigned To\nA,2d,Ana\nB\nC,3,Ben,extra\n');
    assert.deepEqual(program.tasks.map((t) => [t.name, t.duration, t.owner?.id]), [['A', 2, 'ana'], ['B', 1, undefined], ['C', 3, 'ben']]);
    assert.ok(report.warnings.some((w) => /^rows with more or fewer cells than the header's 3 are read as far as they go \(2\): 'row 2', 'row 3'$/.test(w)), report.warnings.join('\n'));
  });

  it('takes a column map for any other layout', () => {
    const { program } = csv('Ticket,Title,Who,Days,After\nT-1,Spec,Ana,2,\nT-2,Build,Ben,5,T-1\n', { map: { id: 'Ticket', name: 'Title', owner: 'Who', duration: 'Days', dependsOn: 'After' } });
    assert.deepEqual(program.tasks.map((t) => [t.id, t.duration, t.dependsOn.map((d) => d.task.id)]), [['T-1', 2, []], ['T-2', 5, ['T-1']]]);
  });

  for (const [what, text, options, error] of [
    ['no column of names', 'A,B\n1,2\n', {}, /cannot tell which column holds the task names/],
    ['an unknown field in the map', 'Name\nx\n', { map: { colour: 'Name' } }, /--map: unknown field 'colour'/],
    ['a column the file lacks', 'Name\nx\n', { map: { owner: 'Who' } }, /the file has no column 'Who'/],
    ['an unclosed quote', 'Task Name,Duration\n"A,2\n', {}, /^not a readable CSV file/],
    ['an empty file', '', {}, /the CSV file is empty/],
  ] as const) {
    it(`says what is wrong with ${what}`, () => {
      const result = importPlan(text, 'csv', { csv: options as CsvImportOptions });
      assert.equal(result.ok, false);
      assert.match((result as { error: string }).error, error);
    });
  }

  it('reads the date forms spreadsheets and Jira write, and says when it read one month first', () => {
    const { program, report } = csv('Task Name,Duration,Start\nA,1,2026-03-02\nB,1,12/Mar/26 9:00 AM\nC,1,"Mar 16, 2026"\nD,1,3/18/26\n');
    assert.deepEqual(program.tasks.map((t) => t.notBefore), [undefined, '2026-03-12', '2026-03-16', '2026-03-18']);
    assert.ok(report.warnings.some((w) => w.startsWith('dates written with slashes')));
  });
});
