import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportPlan } from '../../../src/core/interchange/exportPlan';
import { fold } from '../../../src/core/interchange/export/ics';
import { XMLValidator } from 'fast-xml-parser';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/multi-tenancy.program.yaml'), 'utf8');
const NOW = new Date(Date.UTC(2026, 2, 13, 9, 30, 0));

function exported(text: string, format: 'mspdi' | 'ics' | 'csv'): string {
  const result = exportPlan(text, format, { now: NOW });
  if (!result.ok) assert.fail(result.error);
  return result.text;
}

const HOSTILE = `program: 'Q3, launch; "big" \\ one'
start: 2026-03-02
launch: { date: 2026-06-01 }
decisions:
  - { id: D-1, title: "Pick a vendor, then; sign\\nthe contract", needBy: 2026-04-01 }
tasks:
  - { id: ship, name: "=HYPERLINK(\\"http://x\\")", milestone: true, deadline: 2026-05-01 }
  - { id: long, name: "${'Ünïcödé '.repeat(12)}", milestone: true }
`;

describe('interchange: export', () => {
  describe('--to ics', () => {
    const ics = exported(HOSTILE, 'ics');

    it('uses CRLF line ends and folds every line at 75 octets without splitting a character', () => {
      assert.ok(ics.endsWith('\r\n'));
      assert.ok(!/[^\r]\n/.test(ics), 'every line break is CRLF');
      for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
      assert.ok(!ics.includes('\ufffd'));
      const unfolded = ics.replace(/\r\n /g, '');
      assert.match(unfolded, new RegExp(`SUMMARY:Milestone: ${'Ünïcödé '.repeat(12).trimEnd()}`));
    });

    it('escapes commas, semicolons, backslashes and line breaks in text', () => {
      const unfolded = ics.replace(/\r\n /g, '');
      assert.match(unfolded, /^X-WR-CALNAME:Q3\\, launch\\; "big" \\\\ one$/m);
      assert.match(unfolded, /^SUMMARY:Decision needed: Pick a vendor\\, then\\; sign\\nthe contract$/m);
    });

    it('has one all-day event per milestone, deadline, launch date and pending decision, with stable UIDs', () => {
      const uids = [...ics.replace(/\r\n /g, '').matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
      assert.deepEqual(uids, [
        'q3-launch-big-one/milestone/ship@program-pilot',
        'q3-launch-big-one/deadline/ship@program-pilot',
        'q3-launch-big-one/milestone/long@program-pilot',
        'q3-launch-big-one/launch@program-pilot',
        'q3-launch-big-one/decision/D-1@program-pilot',
      ]);
      assert.match(ics, /DTSTART;VALUE=DATE:20260601\r\nDTEND;VALUE=DATE:20260602\r\n/);
      const later = exportPlan(HOSTILE.replace('2026-06-01', '2026-07-01'), 'ics', { now: new Date() });
      assert.ok(later.ok && later.text.includes('UID:q3-launch-big-one/launch@program-pilot'), 'a moved date keeps its UID');
    });

    it('folds exactly at the limit', () => {
      assert.equal(fold('x'.repeat(75)), 'x'.repeat(75));
      assert.equal(fold('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
      assert.equal(fold(`${'x'.repeat(74)}é`), `${'x'.repeat(74)}\r\n é`);
    });
  });

  describe('--to csv', () => {
    it('lists every task with owner, team, status, dates, float and critical', () => {
      const rows = parse(exported(EXAMPLE, 'csv'), { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(rows[0]), ['id', 'name', 'owner', 'team', 'status', 'start', 'finish', 'float', 'critical']);
      assert.equal(rows[0].id, 'tenancy-model-rfc');
      assert.match(rows[0].start, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(rows.some((r) => r.critical === 'yes'));
    });

    it('keeps a name that a spreadsheet would run as a formula inert', () => {
      const rows = parse(exported(HOSTILE, 'csv'), { columns: true }) as Record<string, string>[];
      assert.equal(rows[0].name, `'=HYPERLINK("http://x")`);
    });
  });

  describe('--to mspdi', () => {
    it('writes well-formed MSPDI with the schedule, calendar exceptions, resources and assignments', () => {
      const xml = exported(EXAMPLE, 'mspdi');
      assert.equal(XMLValidator.validate(xml), true);
      for (const element of ['<Project xmlns="http://schemas.microsoft.com/project">', '<SaveVersion>14</SaveVersion>', '<Exception>', '<EarlyStart>', '<LateFinish>', '<TotalSlack>', '<FreeSlack>', '<Critical>1</Critical>', '<PredecessorLink>', '<LinkLag>', '<Resource>', '<Assignment>']) {
        assert.ok(xml.includes(element), element);
      }
    });

    it('replaces characters XML cannot hold', () => {
      const xml = exported('program: P\nstart: 2026-03-02\ntasks:\n  - { id: a, name: "bell \\a here", duration: 1 }\n', 'mspdi');
      assert.equal(XMLValidator.validate(xml), true);
      assert.ok(xml.includes('<Name>bell \ufffd here</Name>'));
    });

    it('refuses a plan that cannot be scheduled', () => {
      const result = exportPlan('program: P\ntasks: []\n', 'mspdi');
      assert.equal(result.ok, false);
    });
  });
});
