import { describe, expect, it } from 'vitest';
import { stallLimitMs } from '../../../src/deliver/gmail-api.js';

describe('stallLimitMs', () => {
  it('a quarter of timeout-seconds, between 5 and 30 s', () => {
    expect(stallLimitMs(120)).toBe(30_000);
    expect(stallLimitMs(600)).toBe(30_000);
    expect(stallLimitMs(40)).toBe(10_000);
    expect(stallLimitMs(14)).toBe(5_000);
    expect(stallLimitMs(1)).toBe(5_000);
  });

  it('leaves room for another attempt within the default budget', () => {
    expect(stallLimitMs(120) * 2).toBeLessThan(120_000);
  });
});
