import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { BatchParser, readBlobs } from '../../../src/core/git/catFileBatch';
import { TestRepo } from './repo';

/** The bytes `git cat-file --batch` prints for these answers. */
function batchOutput(answers: readonly ({ id: string; type: string; body: Buffer } | { id: string; missing: true })[]): Buffer {
  return Buffer.concat(
    answers.map((a) => ('missing' in a ? Buffer.from(`${a.id} missing\n`) : Buffer.concat([Buffer.from(`${a.id} ${a.type} ${a.body.length}\n`), a.body, Buffer.from('\n')]))),
  );
}

describe('git cat-file --batch reader', () => {
  it('reads answers split into chunks anywhere, keeping only blobs within the size limit', () => {
    const body = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes.map((b) => (b === 0 ? 1 : b))));
    fc.assert(
      fc.property(fc.array(fc.tuple(body, fc.constantFrom('blob', 'tree'), fc.boolean()), { maxLength: 6 }), fc.array(fc.nat(400), { maxLength: 8 }), (items, cuts) => {
        const answers = items.map(([bytes, type, missing], i) => (missing ? { id: `id${i}`, missing: true as const } : { id: `id${i}`, type, body: bytes }));
        const output = batchOutput(answers);
        const parser = new BatchParser(200);
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          const end = Math.min(cut, output.length);
          if (end > at) assert.ok(parser.push(output.subarray(at, end)));
          at = Math.max(at, end);
        }
        assert.ok(parser.push(output.subarray(at)));
        assert.equal(parser.answers.length, answers.length);
        answers.forEach((a, i) => {
          const got = parser.answers[i];
          if ('missing' in a) assert.deepEqual(got, { id: a.id, problem: 'missing' });
          else if (a.type !== 'blob') assert.deepEqual(got, { id: a.id, problem: 'not a blob' });
          else if (a.body.length > 200) assert.deepEqual(got, { id: a.id, problem: 'too large' });
          else assert.deepEqual(got, { id: a.id, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(a.body) });
        });
      }),
    );
  });

  it('calls content with a NUL byte binary and refuses output that is not the batch format', () => {
    const parser = new BatchParser(100);
    assert.ok(parser.push(batchOutput([{ id: 'x', type: 'blob', body: Buffer.from([65, 0, 66]) }])));
    assert.deepEqual(parser.answers, [{ id: 'x', problem: 'binary' }]);
    assert.equal(new BatchParser(100).push(Buffer.from('fatal: not a git repository\n')), false);
    assert.equal(new BatchParser(100).push(Buffer.alloc(5000, 65)), false, 'an endless header');
  });

  describe('against git', () => {
    let repo: TestRepo;
    const ids: Record<string, string> = {};
    before(async () => {
      repo = await new TestRepo().init();
      const files: Record<string, string | Uint8Array> = {
        'a plan with spaces.program.yaml': 'program: A\n',
        'line\nbreak.program.yaml': 'program: B\n',
        'binary.bin': Uint8Array.from([0, 1, 2, 255, 0]),
        'huge.txt': 'x'.repeat(300_000),
        'bom.yaml': '\uFEFFprogram: C\n',
      };
      for (const [name, text] of Object.entries(files)) repo.write(name, text);
      await repo.commit('2026-01-05', 'Files');
      for (const name of Object.keys(files)) ids[name] = (await repo.git('rev-parse', `HEAD:${name}`)).trim();
    });
    after(() => repo.dispose());

    it('reads every kind of blob through one process and says what each one is', async () => {
      const wanted = [...Object.values(ids), ids['bom.yaml'], 'f'.repeat(40), 'not an id\nHEAD'];
      const result = await readBlobs(wanted, { cwd: repo.folder, maxBytes: 100_000 });
      assert.ok('blobs' in result, JSON.stringify(result));
      const got = (name: string) => result.blobs.get(ids[name]);
      assert.deepEqual(got('a plan with spaces.program.yaml'), { id: ids['a plan with spaces.program.yaml'], text: 'program: A\n' });
      assert.deepEqual(got('line\nbreak.program.yaml'), { id: ids['line\nbreak.program.yaml'], text: 'program: B\n' });
      assert.deepEqual(got('binary.bin'), { id: ids['binary.bin'], problem: 'binary' });
      assert.deepEqual(got('huge.txt'), { id: ids['huge.txt'], problem: 'too large' });
      assert.deepEqual(got('bom.yaml'), { id: ids['bom.yaml'], text: '\uFEFFprogram: C\n' });
      assert.deepEqual(result.blobs.get('f'.repeat(40)), { id: 'f'.repeat(40), problem: 'missing' });
      assert.deepEqual(result.blobs.get('not an id\nHEAD'), { id: 'not an id\nHEAD', problem: 'not an object id' });
      assert.equal(result.blobs.size, 7);
    });

    it('reads a large blob within the limit whole', async () => {
      const result = await readBlobs([ids['huge.txt']], { cwd: repo.folder });
      assert.ok('blobs' in result);
      const blob = result.blobs.get(ids['huge.txt']);
      assert.ok(blob && 'text' in blob);
      assert.equal(blob.text.length, 300_000);
    });

    it('reports a folder outside git as unavailable, not as an exception', async () => {
      const result = await readBlobs(['a'.repeat(40)], { cwd: '/' });
      assert.ok('unavailable' in result);
    });
  });
});
