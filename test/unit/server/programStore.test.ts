import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HEAD, newStore, openDocument } from './support';
import { isProgramDocument } from '../../../src/server/programStore';

const URI = 'file:///w/a.program.yaml';
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('server program store', () => {
  it('analyses an opened document at once and publishes it', () => {
    const { store, host } = newStore();
    store.didOpen(openDocument(URI, HEAD + 'tasks: []\n'));
    assert.deepEqual(host.published, [URI]);
    assert.equal(store.get(URI)?.analysis.program.name, 'Server test');
  });

  it('analyses an edit after the delay, or at once when a request needs it', async () => {
    const { store, host } = newStore();
    store.delay = 10_000;
    const document = openDocument(URI, HEAD);
    store.didOpen(document);
    TextDocument.update(document, [{ text: HEAD.replace('Server test', 'Renamed') }], 2);
    store.didChange(document);
    assert.equal(store.peek(URI)?.program.name, 'Server test', 'the edit waits for the delay');
    assert.equal(store.get(URI)?.analysis.program.name, 'Renamed', 'a request analyses the pending edit');
    assert.deepEqual(host.published, [URI, URI]);
    store.dispose();
  });

  it('analyses a burst of edits once when the delay passes', async () => {
    const { store, host } = newStore();
    store.delay = 5;
    const document = openDocument(URI, HEAD);
    store.didOpen(document);
    for (let version = 2; version < 6; version++) {
      TextDocument.update(document, [{ text: `${HEAD}# edit ${version}\n` }], version);
      store.didChange(document);
    }
    await tick(30);
    assert.deepEqual(host.published, [URI, URI]);
    assert.equal(store.get(URI)?.document.getText(), `${HEAD}# edit 5\n`);
  });

  it('reads files that are not open from disk, and a closed document from disk again', async () => {
    const { store, host } = newStore();
    host.files.set(URI, HEAD.replace('Server test', 'On disk'));
    await store.reload(URI);
    assert.equal(store.get(URI)?.analysis.program.name, 'On disk');
    assert.equal(store.get(URI)?.languageId, undefined);

    store.didOpen(openDocument(URI, HEAD, 'yaml'));
    await store.reload(URI); // a change on disk does not replace the editor's text
    assert.equal(store.get(URI)?.analysis.program.name, 'Server test');
    assert.equal(store.get(URI)?.languageId, 'yaml');

    await store.didClose(URI);
    assert.equal(store.get(URI)?.analysis.program.name, 'On disk', 'unsaved changes are gone');
  });

  it('publishes a closed file again even when its text on disk did not change', async () => {
    const { store, host } = newStore();
    host.files.set(URI, HEAD);
    await store.reload(URI);
    store.didOpen(openDocument(URI, HEAD));
    const before = host.published.length;
    await store.didClose(URI);
    assert.equal(host.published.length, before + 1);
  });

  it('forgets a file that is deleted or cannot be read, and says so once', async () => {
    const { store, host } = newStore();
    host.files.set(URI, HEAD);
    await store.reload(URI);
    host.files.delete(URI);
    await store.reload(URI);
    assert.equal(store.get(URI), undefined);
    store.forget(URI);
    assert.deepEqual(host.removed, [URI]);
  });

  it('loads a file it did not know for a panel', async () => {
    const { store, host } = newStore();
    host.files.set(URI, HEAD);
    assert.equal((await store.load(URI))?.analysis.program.name, 'Server test');
    assert.equal(await store.load('file:///w/missing.program.yaml'), undefined);
  });
});

describe('which documents the server analyses', () => {
  it('takes Program YAML documents and YAML files named as programs, not other YAML', () => {
    assert.ok(isProgramDocument({ uri: 'untitled:Untitled-1', languageId: 'program-yaml' }));
    assert.ok(isProgramDocument({ uri: 'file:///w/plan.program.yml', languageId: 'yaml' }));
    assert.ok(isProgramDocument({ uri: 'file:///w/plan.program.yaml?ref=HEAD', languageId: 'yaml.program' }));
    assert.ok(!isProgramDocument({ uri: 'file:///w/docker-compose.yaml', languageId: 'yaml' }));
    assert.ok(!isProgramDocument({ uri: 'file:///w/program.yaml.bak', languageId: 'yaml' }));
  });
});
