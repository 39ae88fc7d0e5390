import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/command';
import { runCli } from './runCli';

const PACKAGE = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string };

const PLAN = 'program: P\nstart: 2026-03-02\ntasks:\n  - { id: a, name: A, duration: 1 }\n';

describe('cli: program-pilot', () => {
  it('prints the package version for --version', async () => {
    const result = await runCli(['--version']);
    assert.deepEqual(result, { code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
  });

  describe('an internal error', () => {
    /** An io whose output fails the way a bug in a command would. */
    function failingIo(err: { text: string }): CliIo {
      return {
        stdout: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'es')");
        },
        stderr: (text) => void (err.text += text),
        readFile: () => Buffer.from(PLAN),
        cwd: '/',
      };
    }

    it('exits 3 with one line that asks for a report, without a stack', async () => {
      const err = { text: '' };
      assert.equal(await main(['schedule', 'plan.program.yaml'], failingIo(err)), 3);
      assert.equal(
        err.text,
        "program-pilot: internal error: Cannot read properties of undefined (reading 'es'). This is a bug in Program Pilot; please report it at https://github.com/program-pilot/program-pilot/issues with the command you ran (--debug adds the stack trace).\n",
      );
    });

    it('adds the stack with --debug, wherever it is given', async () => {
      for (const argv of [['--debug', 'schedule', 'plan.program.yaml'], ['schedule', 'plan.program.yaml', '--debug']]) {
        const err = { text: '' };
        assert.equal(await main(argv, failingIo(err)), 3);
        const [line, ...stack] = err.text.trimEnd().split('\n');
        assert.match(line, /^program-pilot: internal error: .* with the command you ran\.$/);
        assert.match(stack[0], /^TypeError: Cannot read properties of undefined/);
        assert.match(stack[1], /^ +at /);
      }
    });
  });

  for (const args of [
    ['check', '--max-warnings', '-1', 'p.program.yaml'],
    ['check', '--max-warnings=-1', 'p.program.yaml'],
  ]) {
    it(`says a negative number is not a whole number of at least 0: ${args.slice(1, -1).join(' ')}`, async () => {
      const result = await runCli(args, { files: { 'p.program.yaml': PLAN } });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^program-pilot check: --max-warnings must be a whole number of at least 0, not '-1'\n/);
    });
  }
});
