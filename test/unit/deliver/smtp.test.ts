import { describe, expect, it } from 'vitest';
import { ehloName } from '../../../src/deliver/smtp.js';

describe('ehloName', () => {
  it.each([
    ['runner-1.example.com', 'runner-1.example.com'],
    ['Runner-1.Example.COM', 'runner-1.example.com'],
    ['fv-az123-456', 'fv-az123-456.localdomain'],
    ['my_host', 'myhost.localdomain'],
    ['localhost', 'gmail-notify.localdomain'],
    ['localhost.localdomain', 'gmail-notify.localdomain'],
    ['.', 'gmail-notify.localdomain'],
    ['-bad-.', 'gmail-notify.localdomain'],
    ['host.', 'host.localdomain'],
    ['', 'gmail-notify.localdomain'],
  ])('%j → %j', (host, expected) => {
    expect(ehloName(host)).toBe(expected);
  });

  it('the default is fully qualified and not localhost', () => {
    expect(ehloName()).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(ehloName()).not.toMatch(/^localhost/);
  });
});
