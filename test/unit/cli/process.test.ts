import { strict as assert } from 'node:assert';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf, runCliProcess, spawnCli } from './spawnCli';

const PLAN = 'program: P\nstart: 2026-03-02\ntasks:\n  - { id: a, name: A, duration: 1 }\n';

/** A schedule table far larger than a pipe's buffer (64 KiB on Linux), so writing it must outlast a closed reader. */
function bigPlan(tasks: number): string {
  const lines = ['program: Big', 'start: 2026-03-02', 'tasks:'];
  for (let i = 0; i < tasks; i++) lines.push(`  - { id: task-${i}, name: Task ${i}, duration: 1${i > 0 ? `, dependsOn: [task-${i - 1}]` : ''} }`);
  return `${lines.join('\n')}\n`;
}

describe('cli: the program-pilot process', () => {
  let root: string;
  const started: ChildProcess[] = [];
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pp-process-'));
    writeFileSync(join(root, 'big.program.yaml'), bigPlan(3000));
  });
  after(() => {
    for (const child of started) if (child.exitCode === null) child.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('stops quietly when the reader of its output goes away (| head -1)', async () => {
    const child = spawnCli(['schedule', 'big.program.yaml'], root);
    started.push(child);
    child.stdout!.once('data', () => child.stdout!.destroy());
    const exit = await exitOf(child);
    assert.equal(exit.stderr, '');
    assert.equal(exit.code, 0);
  });

  (process.platform === 'win32' ? it.skip : it)('refuses a named pipe instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.program.yaml')]);
    const child = spawnCli(['check', 'pipe.program.yaml'], root);
    started.push(child);
    const exit = await exitOf(child);
    assert.equal(exit.code, 2);
    assert.match(exit.stderr, /cannot read 'pipe\.program\.yaml': it is a named pipe \(FIFO\), not a regular file\n/);
  });

  (process.platform === 'win32' ? it.skip : it)('refuses a device, and a directory given to a one-file command', async () => {
    const device = await runCliProcess(['schedule', '/dev/null'], root);
    assert.equal(device.code, 2);
    assert.match(device.stderr, /cannot read '\/dev\/null': it is a device, not a regular file\n/);
    const directory = await runCliProcess(['gantt', '.'], root);
    assert.equal(directory.code, 2);
    assert.match(directory.stderr, /cannot read '\.': it is a directory/);
  });

  it('says a UTF-16 file is UTF-16 and to save it as UTF-8', async () => {
    writeFileSync(join(root, 'bom.program.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]));
    writeFileSync(join(root, 'be.program.yaml'), Buffer.from(PLAN, 'utf16le').swap16());
    const exit = await runCliProcess(['check', 'bom.program.yaml', 'be.program.yaml'], root);
    assert.equal(exit.code, 2);
    assert.equal(exit.stdout, '');
    assert.match(exit.stderr, /cannot read 'bom\.program\.yaml': it is UTF-16 text \(little-endian\); save it as UTF-8\n/);
    assert.match(exit.stderr, /cannot read 'be\.program\.yaml': it is UTF-16 text \(big-endian\); save it as UTF-8\n/);
  });

  it('warns where invalid UTF-8 starts, and still checks the file', async () => {
    // 'ü' takes two bytes but is one column; the lone 0xFF after it is the 24th column.
    const bytes = Buffer.concat([Buffer.from('program: P\nstart: 2026-03-02\ntasks:\n  - { id: a, name: Büro'), Buffer.from([0xff]), Buffer.from(', duration: 1 }\n')]);
    writeFileSync(join(root, 'bad.program.yaml'), bytes);
    const exit = await runCliProcess(['check', 'bad.program.yaml'], root);
    assert.equal(exit.code, 0);
    assert.match(exit.stderr, /warning: 'bad\.program\.yaml' is not valid UTF-8: first invalid byte \(0xFF\) at line 4, column 24;/);
    assert.match(exit.stderr, /1 file checked: /);
  });
});
