import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { importColumns, importFile } from '../../../src/server/interchange';
import { csvColumns } from '../../../src/core/interchange/csv/importCsv';

const JIRA = 'Summary,Issue key,Assignee,Due date,Status\n"Set up CI",PAY-1,Ana Lopez,2026-03-02,Done\n';
const UNKNOWN = 'Thing;Who;Days\nDesign;Ana;5\n';

describe('server: import plan', () => {
  let folder: string;
  const file = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return URI.file(path).toString();
  };
  before(() => (folder = mkdtempSync(join(tmpdir(), 'pp-import-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('names the columns of a CSV file and the fields recognised in them', async () => {
    assert.deepEqual(await importColumns({ uri: file('jira.csv', JIRA) }), {
      ok: true,
      format: 'csv',
      headers: ['Summary', 'Issue key', 'Assignee', 'Due date', 'Status'],
      recognised: 'jira',
      mapping: { id: 'Issue key', name: 'Summary', owner: 'Assignee', deadline: 'Due date', status: 'Status' },
    });
    // Nothing recognised: the headers still come back (with their own delimiter), for the user to map.
    assert.deepEqual(await importColumns({ uri: file('other.csv', UNKNOWN) }), { ok: true, format: 'csv', headers: ['Thing', 'Who', 'Days'], mapping: {} });
  });

  it('imports with the columns the user mapped, and says what it cannot read', async () => {
    const uri = file('mapped.csv', UNKNOWN);
    const refused = await importFile({ uri });
    assert.equal(refused.ok, false);
    const imported = await importFile({ uri, map: { name: 'Thing', owner: 'Who', duration: 'Days' } });
    assert.ok(imported.ok);
    assert.match(imported.yamlText, /name: Design/);
    assert.equal(imported.report.tasks, 1);
  });

  it('refuses what is not a regular file on disk', async () => {
    const directory = join(folder, 'plans.csv');
    mkdirSync(directory);
    assert.deepEqual(await importColumns({ uri: URI.file(directory).toString() }), { ok: false, error: 'plans.csv is not a regular file' });
    assert.deepEqual(await importFile({ uri: 'untitled:Untitled-1' }), { ok: false, error: 'only files on disk can be imported' });
    const missing = await importFile({ uri: URI.file(join(folder, 'gone.xml')).toString() });
    assert.ok(!missing.ok && missing.error.startsWith('cannot read gone.xml'));
  });

  it('reads only the header line for the columns', () => {
    const huge = `${'Task Name,Duration\n'}${'x,1d\n'.repeat(200_000)}"unclosed`;
    const columns = csvColumns(huge);
    assert.ok(columns.ok);
    assert.deepEqual(columns.headers, ['Task Name', 'Duration']);
  });
});
