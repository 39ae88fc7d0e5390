import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { exportPlan } from '../../../src/core/interchange/exportPlan';
import { importPlan } from '../../../src/core/interchange/importPlan';
import { generatePlan } from '../../../bench/generatePlan';

const FIXTURES = join(__dirname, '../../fixtures/mspdi');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function imported(xml: string | Uint8Array): { yamlText: string; warnings: readonly string[]; schedule: string } {
  const result = importPlan(xml, 'mspdi', { fileName: 'plan.xml' });
  if (!result.ok) assert.fail(result.error);
  return { yamlText: result.yamlText, warnings: result.report.warnings, schedule: result.report.schedule };
}

function refused(xml: string): string {
  const result = importPlan(xml, 'mspdi');
  assert.equal(result.ok, false, 'the file should be refused');
  return (result as { error: string }).error;
}

const project = (body: string): string => `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-03-02T08:00:00</StartDate>${body}</Project>`;

describe('interchange: MSPDI import', () => {
  for (const name of ['checkout-launch', 'approximations']) {
    it(`imports ${name}.xml as the golden ${name}.program.yaml`, () => {
      const result = importPlan(fixture(`${name}.xml`), 'mspdi', { fileName: `${name}.xml` });
      if (!result.ok) assert.fail(result.error);
      assert.equal(result.yamlText, fixture(`${name}.program.yaml`));
      assert.equal(result.report.errors, 0);
    });
  }

  it('reproduces the schedule the file stored, and the result checks without errors', () => {
    const { yamlText, schedule } = imported(fixture('checkout-launch.xml'));
    assert.equal(schedule, 'schedule reproduced: 16/16 tasks');
    assert.deepEqual(analyze(yamlText).diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('reads links of every type with lags and leads, summaries as phases, constraints, holidays, owners and progress', () => {
    const { program } = analyze(imported(fixture('checkout-launch.xml')).yamlText);
    const task = (id: string) => program.tasks.find((t) => t.id === id)!;
    const links = (id: string) => task(id).dependsOn.map((d) => `${d.task.id} ${d.type} ${d.lag}`);
    assert.deepEqual(links('architecture-review'), ['requirements SS 2']);
    assert.deepEqual(links('api-implementation'), ['api-design FS -2']);
    assert.deepEqual(links('data-migration'), ['api-implementation FF 1']);
    assert.deepEqual(links('accessibility-audit'), ['ui-design FS 0', 'ui-build SF 12']);
    // A link from the summary "Discovery" is one link from each task under it.
    assert.deepEqual(links('api-design'), ['requirements FS 0', 'architecture-review FS 0', 'discovery-sign-off FS 0']);
    assert.equal(task('ui-build').phase, 'Build / Frontend');
    assert.equal(task('data-migration').notBefore, '2026-03-23');
    assert.equal(task('ui-build').deadline, '2026-04-24');
    assert.equal(task('beta-with-pilot-customers').deadline, '2026-05-29');
    assert.equal(task('discovery-sign-off').milestone, true);
    assert.deepEqual(program.holidays.map((h) => h.date), ['2026-03-19', '2026-03-20', '2026-04-03']);
    assert.equal(task('api-implementation').owner?.id, 'ben-okoro', 'the assignment with the most work');
    assert.deepEqual([task('requirements').status, task('architecture-review').status, task('architecture-review').progress], ['done', 'in-progress', 40]);
    assert.equal(program.statusDate, '2026-03-06');
    assert.equal(program.accountable[0]?.id, 'dana-cruz');
    assert.deepEqual(program.people.map((p) => p.id), ['ana-lima', 'ben-okoro', 'zoe-angstrom', 'dana-cruz']);
  });

  it('lists everything it could not carry over, and says why the schedule differs', () => {
    const { warnings, schedule, yamlText } = imported(fixture('approximations.xml'));
    for (const expected of [/^elapsed durations/, /^percentage lags/, /^non-standard calendar: Saturday/, /^manually scheduled tasks/, /^resource calendars/, /^split tasks/, /^recurring exceptions/, /^working exceptions/, /^links to tasks outside the file/, /^task calendars/]) {
      assert.ok(warnings.some((w) => expected.test(w)), `${expected} in ${warnings.join('\n')}`);
    }
    assert.match(schedule, /^schedule reproduced: 2\/5 tasks; different: .*'007' starts 2026-06-04 here, 2026-06-10 in the file.*\(it is manually scheduled in the source\)/);
    assert.match(yamlText, /^# - manually scheduled tasks are scheduled automatically here \(1\): '007'$/m);
    assert.match(yamlText, /^ {2}# Constraint in the source file: Must Start On 2026-06-08$/m);
  });

  it('keeps hostile names as the same strings', () => {
    const { program } = analyze(imported(fixture('approximations.xml')).yamlText);
    assert.deepEqual(program.tasks.slice(0, 4).map((t) => t.name), ['"Kick-off": plan #1 & <agenda>', '- yes', '007', 'Line one\nline two']);
    assert.deepEqual(program.tasks.slice(0, 4).map((t) => t.id), ['kick-off-plan-1-agenda', 'yes', '007', 'line-one-line-two']);
  });

  it('converts durations with the minutes per day of the file', () => {
    const xml = project('<MinutesPerDay>420</MinutesPerDay><Tasks><Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT21H0M0S</Duration></Task></Tasks>');
    assert.equal(analyze(imported(xml).yamlText).program.tasks[0].duration, 3);
  });

  it('makes unique ids from names', () => {
    const task = (uid: number) => `<Task><UID>${uid}</UID><Name>Design review</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>`;
    const { program } = analyze(imported(project(`<Tasks>${task(1)}${task(2)}${task(3)}</Tasks>`)).yamlText);
    assert.deepEqual(program.tasks.map((t) => t.id), ['design-review', 'design-review-2', 'design-review-3']);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const xml = project('<Tasks><Task><UID>1</UID><Name>Überprüfung</Name><OutlineLevel>1</OutlineLevel></Task></Tasks>');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    assert.match(imported(bytes).yamlText, /name: Überprüfung/);
  });

  describe('bad input: a clear error, never a crash or a hang', () => {
    it('not XML', () => assert.match(refused('program: P\nstart: 2026-01-05\n'), /^not well-formed XML at line 1, column 1/));
    it('an empty file', () => assert.equal(refused(''), 'the file is empty'));
    it('XML that is not MSPDI', () => assert.match(refused('<?xml version="1.0"?><html><body/></html>'), /^not an MS Project XML \(MSPDI\) file: its root element is <html>/));
    it('another namespace', () => assert.match(refused('<Project xmlns="urn:other"/>'), /its namespace is 'urn:other'/));
    it('a truncated file', () => {
      const xml = fixture('checkout-launch.xml');
      assert.match(refused(xml.slice(0, Math.floor(xml.length / 2))), /truncated|not well-formed/);
    });
    it('entity expansion (billion laughs) is refused before parsing', () => {
      const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      const xml = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY lol0 "lol">${entities}]><Project xmlns="http://schemas.microsoft.com/project"><Name>&lol10;</Name></Project>`;
      assert.match(refused(xml), /declares XML entities/);
    });
    it('an external entity is refused and never resolved', () => {
      const xml = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]><Project xmlns="http://schemas.microsoft.com/project"><Name>&secret;</Name></Project>`;
      assert.match(refused(xml), /declares XML entities/);
      assert.match(refused('<?xml version="1.0"?><!DOCTYPE Project SYSTEM "http://example.com/x.dtd"><Project/>'), /external DTD/);
    });
    it('an entity reference without a declaration stays text', () => {
      const { program } = analyze(imported(project('<Tasks><Task><UID>1</UID><Name>&undeclared; &amp; &#x41;</Name><OutlineLevel>1</OutlineLevel></Task></Tasks>')).yamlText);
      assert.equal(program.tasks[0].name, '&undeclared; & A');
    });
    it('nesting far deeper than MSPDI', () => assert.match(refused(`<Project>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</Project>`), /nested/i));
    it('no start date anywhere', () => assert.match(refused('<Project xmlns="http://schemas.microsoft.com/project"><Tasks/></Project>'), /no project start date/));
    it('odd values are warnings, not errors', () => {
      const xml = project('<Tasks><Task><UID>1</UID><Name>A</Name><OutlineLevel>x</OutlineLevel><Duration>P1Y</Duration><PercentComplete>500</PercentComplete><PredecessorLink><PredecessorUID>77</PredecessorUID></PredecessorLink></Task></Tasks>');
      const { warnings } = imported(xml);
      assert.ok(warnings.some((w) => w.startsWith('durations that are not ISO 8601')));
      assert.ok(warnings.some((w) => w.startsWith('links to tasks outside the file')));
    });
  });

  it('imports a 5,000-task file', function () {
    this.timeout(60_000);
    const exported = exportPlan(generatePlan({ tasks: 5_000 }), 'mspdi');
    if (!exported.ok) assert.fail(exported.error);
    const result = importPlan(exported.text, 'mspdi');
    if (!result.ok) assert.fail(result.error);
    assert.equal(result.report.tasks, 5_000);
  });
});
