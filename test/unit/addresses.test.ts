import { describe, expect, it } from 'vitest';
import { addressKey, isValidAddress, parseAddressList, splitAddressEntries } from '../../src/addresses.js';
import { InputError } from '../../src/errors.js';

describe('isValidAddress', () => {
  it.each([
    'user@example.com',
    'first.last+tag@sub.example.co.uk',
    "o'brien@example.ie",
    'ci-bot@xn--bcher-kva.example',
    'user@bücher.example',
  ])('accepts %s', (address) => {
    expect(isValidAddress(address)).toBe(true);
  });

  it.each([
    '',
    'plain',
    '@example.com',
    'user@',
    'user@example',
    'user@@example.com',
    'user@example..com',
    '.user@example.com',
    'user.@example.com',
    'us..er@example.com',
    'us er@example.com',
    'user@exa mple.com',
    'user@-example.com',
    'user@example.123',
    `${'a'.repeat(65)}@example.com`,
    `user@${'a'.repeat(250)}.com`,
    'user@example.com\r\nBcc: victim@example.com',
  ])('refuses %j', (address) => {
    expect(isValidAddress(address)).toBe(false);
  });
});

describe('splitAddressEntries', () => {
  it('splits on commas, semicolons and line breaks, not inside quotes or brackets', () => {
    expect(splitAddressEntries('"Doe, Jane" <jane@example.com>; b@example.com\r\nc@example.com,,')).toEqual([
      '"Doe, Jane" <jane@example.com>',
      'b@example.com',
      'c@example.com',
    ]);
  });
});

describe('parseAddressList', () => {
  it('an empty value is an empty list', () => {
    expect(parseAddressList('to', '  \n ')).toEqual([]);
  });

  it('display names, quoted or not, with separators inside quotes', () => {
    expect(
      parseAddressList(
        'to',
        '"Dev Team" <dev@example.com>, Jürgen Ops <ops@example.com>;"Doe, \\"JD\\" Jane" <jd@example.com>',
      ),
    ).toEqual([
      { name: 'Dev Team', address: 'dev@example.com' },
      { name: 'Jürgen Ops', address: 'ops@example.com' },
      { name: 'Doe, "JD" Jane', address: 'jd@example.com' },
    ]);
  });

  it('bare angle brackets', () => {
    expect(parseAddressList('cc', '<a@example.com>')).toEqual([{ name: '', address: 'a@example.com' }]);
  });

  it.each([
    ['a@example.com b@example.com', 'a@example.com b@example.com'],
    ['john doe@example.com', 'john doe@example.com'],
    ['ok@example.com, nobody', 'nobody'],
    ['"Team" <team@example>', '"Team" <team@example>'],
    ['<a@example.com> trailing', '<a@example.com> trailing'],
    ['"unterminated <a@example.com>', '"unterminated <a@example.com>'],
  ])('%j is refused, naming %j', (value, shown) => {
    let error: unknown;
    try {
      parseAddressList('cc', value);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    const err = error as InputError;
    expect(err.input).toBe('cc');
    expect(err.message).toContain(`\`cc\``);
    expect(err.message).toContain(`"${shown}"`);
    expect(err.message).not.toMatch(/\n/);
  });
});

describe('addressKey', () => {
  it('compares case-insensitively, trimmed', () => {
    expect(addressKey(' Dev@Example.COM ')).toBe('dev@example.com');
  });
});
