import { describe, expect, it } from 'vitest';
import { DeliveryError, InputError, oneLine } from '../../src/errors.js';

describe('oneLine', () => {
  it('flattens and shortens', () => {
    expect(oneLine('a\n  b\r\nc')).toBe('a b c');
    expect(oneLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('error classes', () => {
  it('an InputError keeps its input and stays on one line', () => {
    const err = new InputError('to', 'Input `to` holds "a\nb"\u2028.');
    expect(err.input).toBe('to');
    expect(err.message).toBe('Input `to` holds "a b" .');
    expect(err.name).toBe('InputError');
  });

  it('a DeliveryError carries its stage, whether to retry, and no refusals by default', () => {
    const err = new DeliveryError('send', 'send: refused.', true, 5);
    expect([err.stage, err.transient, err.retryAfterSeconds]).toEqual(['send', true, 5]);
    expect(err.rejected).toEqual([]);
    expect(err.refusals).toEqual([]);
  });
});
