import { expect } from '@open-wc/testing';
import { sameJson } from '../../src/util/same-json.js';

describe('sameJson', () => {
  it('is true for equal JSON values whatever their key order, and for the same object', () => {
    const a = { id: 'x', title: { ar: 'أ', en: 'A' }, list: [1, 'two', { three: true }] };
    expect(sameJson(a, a)).to.equal(true);
    expect(sameJson(a, { list: [1, 'two', { three: true }], title: { en: 'A', ar: 'أ' }, id: 'x' })).to.equal(true);
    expect(sameJson([], [])).to.equal(true);
    expect(sameJson({}, {})).to.equal(true);
    expect(sameJson(undefined, undefined)).to.equal(true);
  });

  it('is false for any difference: a value, a missing or extra key, an item, the order of a list, a list against an object', () => {
    const a = { id: 'x', n: 1, list: [1, 2] };
    expect(sameJson(a, { id: 'x', n: 2, list: [1, 2] })).to.equal(false);
    expect(sameJson(a, { id: 'x', list: [1, 2] })).to.equal(false);
    expect(sameJson(a, { id: 'x', n: 1, list: [1, 2], more: 0 })).to.equal(false);
    expect(sameJson(a, { id: 'x', n: 1, list: [1, 2, 3] })).to.equal(false);
    expect(sameJson(a, { id: 'x', n: 1, list: [2, 1] })).to.equal(false);
    expect(sameJson({ 0: 'a' }, ['a'])).to.equal(false);
    expect(sameJson(null, {})).to.equal(false);
    expect(sameJson('1', 1)).to.equal(false);
    expect(sameJson({ a: undefined }, { b: undefined })).to.equal(false);
  });
});
