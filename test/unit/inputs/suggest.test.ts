import { describe, expect, it } from 'vitest';
import { closestWord, didYouMean, editDistance } from '../../../src/inputs/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('canceled', 'cancelled')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closestWord', () => {
  const WHEN = ['always', 'success', 'failure', 'cancelled', 'fixed', 'changed'];

  it('finds a word the value shortens, extends or shares four letters with', () => {
    expect(closestWord('fix', WHEN)).toBe('fixed');
    expect(closestWord('failed', WHEN)).toBe('failure');
    expect(closestWord('succeeded', WHEN)).toBe('success');
    expect(closestWord('ALWAYS!', WHEN)).toBe('always');
  });

  it('else the nearest within a third of the length', () => {
    expect(closestWord('canceled', WHEN)).toBe('cancelled');
    expect(closestWord('chnaged', WHEN)).toBe('changed');
  });

  it('suggests nothing for short or unrelated values', () => {
    expect(closestWord('no', WHEN)).toBeUndefined();
    expect(closestWord('sometimes', WHEN)).toBeUndefined();
    expect(closestWord('urgent', ['high', 'normal', 'low'])).toBeUndefined();
  });

  it('didYouMean phrases it for an error line, or says nothing', () => {
    expect(didYouMean(' startls ', ['tls', 'starttls', 'none'])).toBe(' Did you mean "starttls"?');
    expect(didYouMean('xyz', ['tls', 'starttls', 'none'])).toBe('');
  });
});
