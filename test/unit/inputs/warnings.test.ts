// senderWarning and appPasswordWarning (inputs/warnings.ts).
import { describe, expect, it } from 'vitest';
import { appPasswordWarning, senderWarning } from '../../../src/inputs/index.js';
import { APP_PASSWORD, APP_PASSWORD_SPACED, BASE, settings } from './helpers.js';

describe('senderWarning', () => {
  it('warns when from is another address than username on Gmail, SMTP or API', () => {
    const warning = senderWarning(settings({ ...BASE, from: 'Releases <releases@example.org>' }));
    expect(warning).toBe(
      'Input `from`: releases@example.org is not `username` (ci-bot@example.com); Gmail sends it as ci-bot@example.com unless releases@example.org is a "Send mail as" alias of that account (Gmail settings > Accounts).',
    );
    expect(
      senderWarning(
        settings({
          username: 'ci-bot@example.com',
          'oauth-access-token': 'ya29.token',
          transport: 'gmail-api',
          to: 'team@example.com',
          from: 'releases@example.org',
        }),
      ),
    ).toMatch(/^Input `from`: releases@example.org is not `username`/);
  });

  it('is quiet for the same address (any case, a display name) and for other SMTP hosts', () => {
    expect(senderWarning(settings({ ...BASE, from: 'Bot <CI-Bot@Example.com>' }))).toBeUndefined();
    expect(senderWarning(settings(BASE))).toBeUndefined();
    expect(
      senderWarning(settings({ ...BASE, 'smtp-host': 'smtp.example.net', from: 'releases@example.org' })),
    ).toBeUndefined();
  });
});

describe('appPasswordWarning', () => {
  const WARNING =
    'Input `app-password` does not look like a Gmail App Password (16 letters, shown as four groups of four); Gmail refuses an account password (535-5.7.8 or 534-5.7.9). Create an App Password at https://myaccount.google.com/apppasswords (2-Step Verification must be on) and store it in the secret.';

  it.each([
    'Hunter2!',
    'abcdefghijklmno',
    'abcdefghijklmnopq',
    'abcd-efgh-ijkl-mnop',
    'abcd efgh ijkl mnø1',
    'Correct-Horse-Battery-9',
  ])('warns for %j on smtp.gmail.com, without the value or anything derived from it', (password) => {
    const warning = appPasswordWarning(settings({ ...BASE, 'app-password': password }));
    // The same line whatever the value: nothing in it comes from the secret.
    expect(warning).toBe(WARNING);
  });

  it.each([APP_PASSWORD_SPACED, APP_PASSWORD, ' ABCD efgh IJKL mnop ', 'abcd\u00a0efgh ijkl mnop'])(
    'is quiet for a 16-letter App Password %j (spaces, any case)',
    (password) => {
      expect(appPasswordWarning(settings({ ...BASE, 'app-password': password }))).toBeUndefined();
    },
  );

  it('is quiet for another SMTP host, and for other sign-in methods', () => {
    expect(
      appPasswordWarning(settings({ ...BASE, 'smtp-host': 'smtp.example.net', 'app-password': 'Hunter2!' })),
    ).toBeUndefined();
    expect(
      appPasswordWarning(
        settings({
          username: 'ci-bot@example.com',
          to: 'team@example.com',
          'oauth-access-token': 'ya29.token',
        }),
      ),
    ).toBeUndefined();
  });

  it('the host is compared without regard to case', () => {
    expect(
      appPasswordWarning(settings({ ...BASE, 'smtp-host': 'SMTP.Gmail.com', 'app-password': 'Hunter2!' })),
    ).toBe(WARNING);
  });
});
