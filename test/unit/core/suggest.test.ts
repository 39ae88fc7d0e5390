import { strict as assert } from 'node:assert';
import { closest, editDistance } from '../../../src/core/text/suggest';

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
});
