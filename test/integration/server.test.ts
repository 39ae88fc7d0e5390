/**
 * The language server in a real VS Code: it runs in a process of its own (a child of the
 * extension host), and when that process dies the client starts it again and the editor
 * features come back.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeAllEditors, hoverText, openProgram, positionOf, waitFor } from './support';

/** The pid of the language server the extension host started, if `ps` can tell. */
function serverPid(): number | undefined {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  for (const line of table.split('\n')) {
    const [pid, ppid, ...args] = line.trim().split(/\s+/);
    if (Number(ppid) === process.pid && args.join(' ').includes('dist/server.js')) return Number(pid);
  }
  return undefined;
}

describe('language server', () => {
  afterEach(closeAllEditors);

  it('runs outside the extension host and comes back after a crash', async function () {
    try {
      execFileSync('ps', ['-p', String(process.pid)]);
    } catch {
      this.skip(); // no `ps` here to find the server process
    }
    const editor = await openProgram('multi-tenancy.program.yaml');
    const position = positionOf(editor.document, 'program:');
    const hovered = async () => /— program/.test(await hoverText(editor.document.uri, position).catch(() => ''));
    await waitFor(hovered, { describe: () => 'the header hover before the crash' });
    const first = await waitFor(serverPid, { describe: () => 'no server process among the extension host’s children' });
    process.kill(first, 'SIGKILL');
    const second = await waitFor(() => serverPid() !== first && serverPid(), { timeoutMs: 20_000, describe: () => 'the server was not started again' });
    assert.notEqual(second, first);
    await waitFor(hovered, { timeoutMs: 20_000, describe: () => 'the header hover after the restart' });
  });
});
