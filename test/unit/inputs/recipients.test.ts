// getSettings: from, to, cc, bcc, reply-to (inputs/recipients.ts).
import { describe, expect, it } from 'vitest';
import { BASE, inputError, settings } from './helpers.js';

describe('getSettings: recipients', () => {
  it('lists split on commas, semicolons and newlines, with display names', () => {
    const s = settings({
      ...BASE,
      to: '"Dev Team" <dev@example.com>; ops@example.com\nQA <qa@example.com>,\r\n  last@example.com  ',
    });
    expect(s.to).toEqual([
      { name: 'Dev Team', address: 'dev@example.com' },
      { name: '', address: 'ops@example.com' },
      { name: 'QA', address: 'qa@example.com' },
      { name: '', address: 'last@example.com' },
    ]);
  });

  it('duplicates across to/cc/bcc are removed, keeping the most visible place', () => {
    const s = settings({
      ...BASE,
      to: 'a@example.com, A@Example.com',
      cc: 'a@example.com, b@example.com',
      bcc: 'B@example.com, c@example.com, c@example.com',
    });
    expect(s.to.map((m) => m.address)).toEqual(['a@example.com']);
    expect(s.cc.map((m) => m.address)).toEqual(['b@example.com']);
    expect(s.bcc.map((m) => m.address)).toEqual(['c@example.com']);
  });

  const many = (n: number, prefix: string): string =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`).join(',');

  it('exactly 100 distinct recipients are allowed (duplicates do not count)', () => {
    const s = settings({ ...BASE, to: many(60, 'to'), cc: many(40, 'cc'), bcc: many(40, 'cc') });
    expect(s.to.length + s.cc.length + s.bcc.length).toBe(100);
  });

  it('more than 100 recipients are refused', () => {
    const err = inputError({ ...BASE, to: many(60, 'to'), bcc: many(41, 'bcc') });
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain('101');
    expect(err.message).toContain('100');
  });

  it('from keeps its display name', () => {
    expect(settings({ ...BASE, from: '"CI Bot" <ci-bot@example.com>' }).from).toEqual({
      name: 'CI Bot',
      address: 'ci-bot@example.com',
    });
  });
});
