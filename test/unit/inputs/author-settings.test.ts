// getSettings: author-recipients and author-domains (inputs/authors.ts).
import { describe, expect, it } from 'vitest';
import { BASE, expectOneLine, inputError, settings } from './helpers.js';

describe('getSettings: author-recipients and author-domains', () => {
  it('is off by default', () => {
    expect(settings(BASE)).toMatchObject({ authorRecipients: 'none', authorDomains: [] });
  });

  it('takes culprits with a list of domains, normalised', () => {
    expect(
      settings({
        ...BASE,
        'author-recipients': 'Culprits',
        'author-domains': 'Example.com; @corp.example.org\n',
      }),
    ).toMatchObject({ authorRecipients: 'culprits', authorDomains: ['example.com', 'corp.example.org'] });
  });

  it('requires author-domains with culprits, naming it', () => {
    const err = inputError({ ...BASE, 'author-recipients': 'culprits' });
    expectOneLine(err, 'author-domains');
    expect(err.message).toContain('required with `author-recipients: culprits`');
  });

  it('refuses an entry that is not a domain, quoting it', () => {
    const err = inputError({
      ...BASE,
      'author-recipients': 'culprits',
      'author-domains': 'example.com, com',
    });
    expectOneLine(err, 'author-domains');
    expect(err.message).toContain('"com"');
  });

  it('refuses an unknown author-recipients word, with a suggestion', () => {
    const err = inputError({ ...BASE, 'author-recipients': 'culprit', 'author-domains': 'example.com' });
    expectOneLine(err, 'author-recipients');
    expect(err.message).toContain('culprits');
  });
});
