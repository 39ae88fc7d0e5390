import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const ROOT = join(__dirname, '../../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const BROKEN = join(ROOT, 'examples/broken.program.yaml');

/** npm's own settings only, so an `npm test` around this run does not leak into it. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

function run(command: 'npm' | 'npx', args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env: ENV, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return result;
}

/** Sends LSP `initialize` to a server started over stdio and resolves with its first answer. */
function initializeOverStdio(executable: string): Promise<{ id: number; result?: { serverInfo?: { name: string } } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['--stdio'], { env: ENV, stdio: ['pipe', 'pipe', 'inherit'] });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    let received = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(received.toString('latin1'));
      if (!header) return;
      const start = header.index + header[0].length;
      if (received.length < start + Number(header[1])) return;
      child.kill();
      resolve(JSON.parse(received.subarray(start, start + Number(header[1])).toString('utf8')));
    });
    child.on('error', reject);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

describe('cli: the npm package', function () {
  // npm pack builds the CLI; a guard against a hung npm, not a measurement.
  this.timeout(180_000);
  let scratch: string;
  let project: string;
  let tarball: string;
  let packed: string[];

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'pp-pack-'));
    const pack = run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
    tarball = join(scratch, info.filename);
    packed = info.files.map((file) => file.path).sort();

    // A fresh project, and an empty cache with --offline: installing must need no registry.
    project = join(scratch, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', version: '1.0.0', private: true }));
    copyFileSync(BROKEN, join(project, 'broken.program.yaml'));
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(scratch, 'cache'), tarball], project);
    assert.equal(install.status, 0, install.stderr);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds only what the command line needs', () => {
    assert.deepEqual(packed, ['LICENSE', 'README.md', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/cli.js', 'dist/forecastWorker.js', 'dist/server.js', 'package.json', 'schemas/program.schema.json']);
    assert.equal(tarball, join(scratch, `${PACKAGE.name}-${PACKAGE.version}.tgz`));
  });

  it('carries the licence notices of the packages its bundles contain', () => {
    const notices = readFileSync(join(project, 'node_modules', PACKAGE.name, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const bundled of ['yaml', 'vscode-languageserver', 'csv-parse', 'fast-xml-parser']) assert.match(notices, new RegExp(`^${bundled} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    // Only what the command line bundles: the panels' Mermaid is not in the npm package.
    assert.doesNotMatch(notices, /^mermaid /m);
  });

  it('runs as npx program-pilot in a project that installs it', async () => {
    const check = run('npx', ['--offline', 'program-pilot', 'check', 'broken.program.yaml'], project);
    const expected = await runCli(['check', 'broken.program.yaml'], { files: { 'broken.program.yaml': readFileSync(BROKEN) } });
    assert.equal(expected.code, 1);
    assert.deepEqual({ code: check.status, stdout: check.stdout, stderr: check.stderr }, expected);

    const version = run('npx', ['--offline', 'program-pilot', '--version'], project);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${PACKAGE.version}\n`);
  });

  it('starts the language server from its bin over stdio', async () => {
    const answer = await initializeOverStdio(join(project, 'node_modules', '.bin', 'program-pilot-language-server'));
    assert.equal(answer.id, 1);
    assert.ok(answer.result, 'initialize has a result');
  });
});
