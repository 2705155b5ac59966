// getSettings: the sign-in methods (inputs/sign-in.ts): exactly one, each secret masked.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { getSettings } from '../../../src/inputs/index.js';
import {
  APP_PASSWORD,
  APP_PASSWORD_SPACED,
  BASE,
  expectOneLine,
  inputError,
  settings,
  source,
} from './helpers.js';

describe('getSettings: sign-in methods', () => {
  it('app password: spaces removed, both forms masked', () => {
    const src = source(BASE);
    const s = getSettings(src);
    expect(s.auth).toEqual({ kind: 'app-password', user: 'ci-bot@example.com', password: APP_PASSWORD });
    expect(src.secrets).toContain(APP_PASSWORD_SPACED);
    expect(src.secrets).toContain(APP_PASSWORD);
  });

  it('conflicting methods: one error naming every conflicting input', () => {
    const err = inputError({
      ...BASE,
      'oauth-client-id': 'id',
      'oauth-client-secret': 'secret-value',
      'oauth-refresh-token': 'refresh-value',
      'oauth-access-token': 'ya29.token',
    });
    expect(err.message).not.toMatch(/\n/);
    for (const name of [
      'app-password',
      'oauth-client-id',
      'oauth-client-secret',
      'oauth-refresh-token',
      'oauth-access-token',
    ]) {
      expect(err.message).toContain(`\`${name}\``);
    }
    expect(err.message).toMatch(/conflict/);
  });

  it('conflicting inputs are still masked', () => {
    const src = source({ ...BASE, 'oauth-access-token': 'ya29.conflicting-token' });
    expect(() => getSettings(src)).toThrow(InputError);
    expect(src.secrets).toContain('ya29.conflicting-token');
    expect(src.secrets).toContain(APP_PASSWORD);
  });

  it('no method on smtp.gmail.com explains the two main options', () => {
    const err = inputError({ from: 'ci-bot@example.com', to: 'team@example.com' });
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain('`app-password`');
    expect(err.message).toContain('`oauth-refresh-token`');
    expect(err.message).toContain('`oauth-client-id`');
  });

  it('username set but every secret empty: says no secret reached the action, and why that happens', () => {
    const err = inputError({
      username: 'ci-bot@example.com',
      to: 'team@example.com',
      'app-password': '',
      'oauth-refresh-token': '  ',
      'oauth-access-token': '',
      'service-account-key': '',
    });
    expectOneLine(err, 'app-password');
    expect(err.message).toBe(
      `No secret reached the action: \`app-password\`, \`oauth-refresh-token\`, \`oauth-access-token\` and \`service-account-key\` are all empty, though \`username\` is set. Set one (a Gmail App Password is simplest); if the workflow passes \`\${{ secrets.NAME }}\`, check the secret's name and that it is available to this repository or environment; pull requests from forks get no secrets, and Dependabot runs only Dependabot secrets.`,
    );
    expect(err.message).not.toContain('No sign-in method given');
    // With the Gmail API, an App Password would not do: the advice names what would.
    const api = inputError({
      username: 'ci-bot@example.com',
      to: 'team@example.com',
      transport: 'gmail-api',
    });
    expect(api.message).toContain(
      'Set one (the Gmail API needs an OAuth sign-in: a refresh token, an access token or a service account key);',
    );
    expect(api.message).not.toContain('App Password');
  });

  it('username empty too: the message explaining the sign-in methods stays', () => {
    const err = inputError({ to: 'team@example.com', from: 'ci@example.com', 'app-password': '' });
    expect(err.message).toMatch(/^No sign-in method given\. Set `username` and `app-password`/);
  });

  it('an OAuth client id without the secrets names the empty-secret cause too', () => {
    const err = inputError({
      username: 'ci-bot@example.com',
      to: 'team@example.com',
      'oauth-client-id': 'id.apps.googleusercontent.com',
      'oauth-client-secret': '',
      'oauth-refresh-token': '',
    });
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain('missing: `oauth-client-secret`, `oauth-refresh-token`.');
    expect(err.message).toContain("check the secret's name");
    expect(err.message).toContain('pull requests from forks get no secrets');
  });

  it('no method is allowed on another host', () => {
    const s = settings({
      'smtp-host': 'mail.internal.example',
      'smtp-port': '25',
      from: 'ci@example.com',
      to: 'a@example.com',
    });
    expect(s.auth.kind).toBe('none');
    expect(s.smtp).toEqual({ host: 'mail.internal.example', port: 25, security: 'starttls' });
  });

  it('OAuth refresh: trio and token URL; secrets masked', () => {
    const src = source({
      username: 'ci-bot@example.com',
      to: 'a@example.com',
      'oauth-client-id': 'id.apps.googleusercontent.com',
      'oauth-client-secret': 'GOCSPX-secret',
      'oauth-refresh-token': '1//refresh-token',
      'oauth-token-url': 'http://127.0.0.1:8080/token/',
    });
    const s = getSettings(src);
    expect(s.auth).toMatchObject({ kind: 'oauth-refresh', tokenUrl: 'http://127.0.0.1:8080/token' });
    expect(src.secrets).toEqual(expect.arrayContaining(['GOCSPX-secret', '1//refresh-token']));
  });

  it('the github token is masked', () => {
    const src = source({ ...BASE, 'github-token': 'ghs_abcdefghijkl' });
    getSettings(src);
    expect(src.secrets).toContain('ghs_abcdefghijkl');
  });
});
