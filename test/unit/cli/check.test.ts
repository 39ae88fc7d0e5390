import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/command';
import { runCli } from './runCli';

const CLEAN = `program: Clean
start: 2026-03-02
accountable: ana
people:
  - { id: ana, name: Ana }
tasks:
  - { id: a, name: A, owner: ana, duration: 2d }
`;

const BROKEN = `program: Broken
start: 2026-03-02
accountable: ana
people:
  - { id: ana, name: Ana }
tasks:
  - { id: a, name: A, owner: ana, duration: 1d, dependsOn: [b] }
  - id: b
    name: B
    duration: 1d
    dependsOn: [a]
`;

const WARNINGS_ONLY = `program: Warn
start: 2026-03-02
accountable: ana
people:
  - { id: ana, name: Ana }
tasks:
  - { id: a, name: A, owner: ana, duration: 1 }
actions:
  - { id: A1, title: Chase, owner: ana, due: 2026-03-10, status: open }
`;

/** Runs `program-pilot check` on in-memory files. */
function run(args: string[], files: Record<string, string> = {}) {
  return runCli(['check', ...args], { files });
}

describe('cli: program-pilot check', () => {
  it('prints nothing on stdout and exits 0 for a clean file', async () => {
    const result = await run(['plan.program.yaml'], { 'plan.program.yaml': CLEAN });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, '1 file checked: no problems\n');
  });

  it('prints file:line:col: severity code message with related notes and exits 1 on errors', async () => {
    const result = await run(['broken.program.yaml'], { 'broken.program.yaml': BROKEN });
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^broken\.program\.yaml:7:61: error PP104 Dependency cycle: a → b → a\. /);
    assert.equal(lines[1], "  broken.program.yaml:7:61: note: 'a' depends on 'b'");
    assert.equal(lines[2], "  broken.program.yaml:11:17: note: 'b' depends on 'a'");
    assert.match(lines[3], /^broken\.program\.yaml:8:9: warning PP201 Task 'b' has no owner\./);
    assert.equal(lines.length, 4, 'the cycle is reported once');
    assert.equal(result.stderr, '1 file checked: 1 error, 1 warning\n');
  });

  it('exits 0 when there are only warnings', async () => {
    const result = await run(['--as-of', '2026-03-20', 'w.program.yaml'], { 'w.program.yaml': WARNINGS_ONLY });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^w\.program\.yaml:9:46: warning PP303 .*still open 10 days later \(as of 2026-03-20\)/);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const files = { 'w.program.yaml': WARNINGS_ONLY };
    const strict = await run(['--max-warnings', '0', '--as-of', '2026-03-20', 'w.program.yaml'], files);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /1 warning, more than --max-warnings 0/);
    const lenient = await run(['--max-warnings=1', '--as-of', '2026-03-20', 'w.program.yaml'], files);
    assert.equal(lenient.code, 0);
  });

  it('--as-of makes time-dependent checks reproducible', async () => {
    const before = await run(['--as-of=2026-03-09', 'w.program.yaml'], { 'w.program.yaml': WARNINGS_ONLY });
    assert.equal(before.stdout, '');
  });

  it('--format json gives 1-based ranges, related locations, data and a summary per file', async () => {
    const result = await run(['--format', 'json', 'a.program.yaml', 'b.program.yaml'], {
      'a.program.yaml': CLEAN,
      'b.program.yaml': BROKEN,
    });
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.summary, { error: 1, warning: 1, info: 0, hint: 0 });
    assert.deepEqual(report.files.map((f: { file: string }) => f.file), ['a.program.yaml', 'b.program.yaml']);
    assert.deepEqual(report.files[0].diagnostics, []);
    const [cycle] = report.files[1].diagnostics;
    assert.deepEqual(
      { code: cycle.code, severity: cycle.severity, line: cycle.line, column: cycle.column, endLine: cycle.endLine, endColumn: cycle.endColumn },
      { code: 'PP104', severity: 'error', line: 7, column: 61, endLine: 7, endColumn: 62 },
    );
    assert.equal(BROKEN.slice(cycle.offset, cycle.offset + cycle.length), 'b');
    assert.deepEqual(cycle.related[1], { message: "'b' depends on 'a'", line: 11, column: 17, endLine: 11, endColumn: 18 });
    assert.deepEqual(cycle.data.cycle, ['a', 'b']);
  });

  it('still checks the readable files but exits 2 when a file cannot be read', async () => {
    const result = await run(['missing.program.yaml', 'b.program.yaml'], { 'b.program.yaml': BROKEN });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot read 'missing\.program\.yaml': no such file\n/);
    assert.match(result.stderr, /1 file checked, 1 could not be read: 1 error, 1 warning\n$/);
    assert.match(result.stdout, /^b\.program\.yaml:7:61: error PP104/);
  });

  for (const [args, reason] of [
    [[], /no files given/],
    [['--format', 'xml', 'a'], /--format must be 'text' or 'json', not 'xml'/],
    [['--as-of', '2026-02-30', 'a'], /--as-of must be a real date/],
    [['a', '--as-of'], /--as-of needs a value/],
    [['--verbose', 'a'], /unknown option '--verbose'/],
    [['--max-warnings', 'some', 'a'], /--max-warnings must be a whole number/],
  ] as const) {
    it(`exits 2 with a clear message on a usage error: ${args.join(' ') || '(no arguments)'}`, async () => {
      const result = await run([...args], { a: CLEAN });
      assert.equal(result.code, 2);
      assert.match(result.stderr, reason);
      assert.match(result.stderr, /Usage: program-pilot check/);
      assert.equal(result.stdout, '');
    });
  }

  it('treats arguments after -- as files even if they look like options', async () => {
    const result = await run(['--', '--odd-name.program.yaml'], { '--odd-name.program.yaml': CLEAN });
    assert.equal(result.code, 0);
  });

  it('prints its usage for --help', async () => {
    const result = await run(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /--format text\|json/);
  });
});

describe('cli: program-pilot check on a directory', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pp-check-'));
    mkdirSync(join(root, 'plans', 'team-b'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'plans', 'a.program.yaml'), CLEAN);
    writeFileSync(join(root, 'plans', 'team-b', 'b.program.yml'), BROKEN);
    writeFileSync(join(root, 'plans', 'notes.yaml'), 'not: a program');
    writeFileSync(join(root, 'node_modules', 'dep', 'x.program.yaml'), BROKEN);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const io = (out: { stdout: string; stderr: string }): CliIo => ({
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    readFile: (path) => readFileSync(join(root, path)),
    cwd: root,
  });

  it('checks every program file under it, skipping node_modules and other YAML', async () => {
    const out = { stdout: '', stderr: '' };
    const code = await main(['check', '--format', 'json', '.'], io(out));
    assert.equal(code, 1);
    const files = JSON.parse(out.stdout).files.map((f: { file: string }) => f.file);
    assert.deepEqual(files, [join('plans', 'a.program.yaml'), join('plans', 'team-b', 'b.program.yml')]);
  });

  it('exits 2 when a directory holds no program file', async () => {
    const out = { stdout: '', stderr: '' };
    const code = await main(['check', 'empty'], io(out));
    assert.equal(code, 2);
    assert.match(out.stderr, /no \*\.program\.yaml files in 'empty'/);
  });
});
