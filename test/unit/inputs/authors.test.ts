import { describe, expect, it } from 'vitest';
import { parseAuthorDomains } from '../../../src/inputs/authors.js';

describe('parseAuthorDomains', () => {
  it('takes domains in lower case, with a leading @ or *. dropped, each once', () => {
    expect(
      parseAuthorDomains(['Example.COM', '@corp.example.org', '*.dev.example.net', 'example.com']),
    ).toEqual({
      domains: ['example.com', 'corp.example.org', 'dev.example.net'],
    });
  });

  it('keeps a unicode domain as punycode, the form the envelope carries', () => {
    expect(parseAuthorDomains(['bücher.example'])).toEqual({ domains: ['xn--bcher-kva.example'] });
  });

  it('refuses a top-level domain alone, which would admit everyone in it', () => {
    const r = parseAuthorDomains(['example.com', 'com']);
    expect(r).toMatchObject({ bad: 'com' });
    expect('why' in r && r.why).toContain('needs a dot');
  });

  it('refuses what is not a domain: an address, spaces, a URL', () => {
    for (const bad of [
      'jane@example.com',
      'exa mple.com',
      'https://example.com',
      '-x.example.com',
      'x.123',
    ]) {
      expect(parseAuthorDomains([bad]), bad).toMatchObject({ bad });
    }
  });
});
