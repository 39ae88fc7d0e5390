import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { closest, editDistance } from '../../../src/core/text/suggest';

/** The textbook optimal-string-alignment distance over the full table, as the reference. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Short words over few letters, so that matches, repeats and transpositions are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });

/** A megabyte-long id of the kind a generated plan or a pasted blob makes. */
function megabyteId(seed: string): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 1_000_000; i++) {
    const part = `${seed}-${(i * 2654435761) % 1000003}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

describe('suggest', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    assert.equal(editDistance('owner', 'owner'), 0);
    assert.equal(editDistance('ownr', 'owner'), 1);
    assert.equal(editDistance('owners', 'owner'), 1);
    assert.equal(editDistance('owmer', 'owner'), 1);
    assert.equal(editDistance('onwer', 'owner'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('gives up above the limit', () => {
    assert.equal(editDistance('a', 'abcdefgh', 2), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2);
  });

  it('equals the full-table distance when that is within the limit, and says "over" otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        const exact = referenceDistance(a, b);
        assert.equal(editDistance(a, b, limit), exact <= limit ? exact : limit + 1);
        assert.equal(editDistance(a, b), exact);
      }),
      { numRuns: 3000 },
    );
  });

  it('is exact on edits near each other and at both ends of long words', () => {
    const edited = fc.tuple(word, fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'b', 'x', '')), { maxLength: 4 })).map(([base, edits]) => {
      let out = base.repeat(3);
      for (const [at, text] of edits) {
        const i = out.length === 0 ? 0 : at % out.length;
        out = out.slice(0, i) + text + out.slice(i + (text === '' || at % 2 === 0 ? 1 : 0));
      }
      return [base.repeat(3), out] as const;
    });
    fc.assert(
      fc.property(edited, fc.integer({ min: 0, max: 4 }), ([a, b], limit) => {
        const exact = referenceDistance(a, b);
        assert.equal(editDistance(a, b, limit), exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('suggests the closest id within a third of its length', () => {
    assert.equal(closest('api-gatway', ['api-gateway', 'auth-service', 'billing']), 'api-gateway');
    assert.equal(closest('depndsOn', ['dependsOn', 'deadline']), 'dependsOn');
    assert.equal(closest('xyz', ['api-gateway', 'auth-service']), undefined);
    assert.equal(closest('ab', ['xy']), undefined);
  });

  it('prefers a case-only difference and never suggests the word itself', () => {
    assert.equal(closest('Alice', ['alicia', 'alice']), 'alice');
    assert.equal(closest('alice', ['alice']), undefined);
  });

  it('suggests among megabyte-long ids one edit away in the middle or at both ends', () => {
    // Quadratic in the length, each of these comparisons took longer than any test timeout.
    const id = megabyteId('ledger-migration');
    const other = megabyteId('ledger-migrator');
    const middle = id.length >> 1;
    const typo = id.slice(0, middle) + id.slice(middle + 1);
    assert.equal(closest(typo, [other, id]), id);
    const bothEnds = `x${id.slice(1, -1)}y`;
    assert.equal(editDistance(bothEnds, id, 3), 2);
    assert.equal(closest(bothEnds, [other, id]), id);
    assert.equal(editDistance(id, other, 3), 4);
  });
});
