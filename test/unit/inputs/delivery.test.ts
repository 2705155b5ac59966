// getSettings: transport, SMTP host, port and security (inputs/delivery.ts), other SMTP servers.
import { describe, expect, it } from 'vitest';
import { getSettings } from '../../../src/inputs/index.js';
import { APP_PASSWORD, BASE, expectOneLine, inputError, settings, source } from './helpers.js';

describe('getSettings: SMTP security', () => {
  it.each([
    ['465', 'tls'],
    ['587', 'starttls'],
    ['2525', 'starttls'],
    ['', 'tls'],
  ])('port %s defaults to %s', (port, security) => {
    expect(settings({ ...BASE, 'smtp-port': port }).smtp.security).toBe(security);
  });

  it('an explicit security wins over the port default', () => {
    expect(settings({ ...BASE, 'smtp-port': '2465', 'smtp-security': 'TLS' }).smtp.security).toBe('tls');
  });

  it('none with credentials is refused', () => {
    const err = inputError({
      ...BASE,
      'smtp-host': 'mail.example.com',
      'smtp-port': '25',
      'smtp-security': 'none',
    });
    expectOneLine(err, 'smtp-security');
    expect(err.message).toMatch(/unencrypted/);
  });

  it('starttls on port 465 is refused before connecting, whatever the host', () => {
    for (const host of ['', 'smtp.gmail.com', 'mail.example.com']) {
      const err = inputError({ ...BASE, 'smtp-host': host, 'smtp-port': '465', 'smtp-security': 'starttls' });
      expectOneLine(err, 'smtp-security');
      expect(err.message).toBe(
        'Input `smtp-security: starttls` does not work with `smtp-port: 465`: port 465 speaks implicit TLS, so a STARTTLS client would wait for a greeting that never comes. Use `smtp-security: tls` with port 465, or `smtp-port: 587` with starttls.',
      );
    }
    // The port defaults to 465, so starttls alone is the same mistake.
    expect(inputError({ ...BASE, 'smtp-security': 'STARTTLS' }).message).toContain('`smtp-port: 465`');
  });

  it('tls on port 587 is refused before connecting on smtp.gmail.com only', () => {
    for (const host of ['', 'smtp.gmail.com', 'SMTP.Gmail.com']) {
      const err = inputError({ ...BASE, 'smtp-host': host, 'smtp-port': '587', 'smtp-security': 'tls' });
      expectOneLine(err, 'smtp-security');
      expect(err.message).toBe(
        'Input `smtp-security: tls` does not work with `smtp-port: 587` on smtp.gmail.com: Gmail speaks STARTTLS on 587, not implicit TLS. Use `smtp-security: starttls` with port 587, or `smtp-port: 465` with tls.',
      );
    }
    // Another server's 587 may speak implicit TLS: left to the explanation at connect time.
    const other = settings({
      ...BASE,
      'smtp-host': 'mail.example.com',
      'smtp-port': '587',
      'smtp-security': 'tls',
    });
    expect(other.smtp).toEqual({ host: 'mail.example.com', port: 587, security: 'tls' });
  });

  it('the matching pairs, and a mismatch the Gmail API does not use, pass', () => {
    expect(settings({ ...BASE, 'smtp-port': '465', 'smtp-security': 'tls' }).smtp.security).toBe('tls');
    expect(settings({ ...BASE, 'smtp-port': '587', 'smtp-security': 'starttls' }).smtp.security).toBe(
      'starttls',
    );
    const api = settings({
      username: 'ci-bot@example.com',
      'oauth-access-token': 'ya29.token',
      to: 'team@example.com',
      transport: 'gmail-api',
      'smtp-port': '465',
      'smtp-security': 'starttls',
    });
    expect(api.transport).toBe('gmail-api');
  });

  it('none without credentials is allowed on another host', () => {
    const s = settings({
      'smtp-host': 'mail.example.com',
      'smtp-security': 'none',
      from: 'a@example.com',
      to: 'b@example.com',
    });
    expect(s.smtp.security).toBe('none');
  });
});

describe('getSettings: other SMTP servers (SPEC §2 `username`, `password`)', () => {
  const RELAY = { 'smtp-host': 'smtp.sendgrid.net', 'smtp-port': '587', to: 'team@example.com' };
  const SPACED = ' correct horse battery staple ';

  it('takes any login with `password`, used exactly as given, spaces kept, and `from` as sender', () => {
    const src = source({ ...RELAY, username: 'apikey', password: SPACED, from: 'CI <ci@example.com>' });
    const s = getSettings(src);
    expect(s.auth).toEqual({ kind: 'password', user: 'apikey', password: SPACED });
    expect(s.from?.address).toBe('ci@example.com');
    expect(src.secrets).toContain(SPACED);
    expect(src.secrets).toContain(SPACED.trim());
  });

  it('drops only a trailing line break from `password` (a secret pasted from a file)', () => {
    const s = settings({ ...RELAY, username: 'apikey', password: 'pa ss\n', from: 'ci@example.com' });
    expect(s.auth).toMatchObject({ kind: 'password', password: 'pa ss' });
  });

  it('requires `from` when `username` is a login and not an address', () => {
    const err = inputError({ ...RELAY, username: 'AKIAIOSFODNN7EXAMPLE', password: 'secret' });
    expectOneLine(err, 'from');
    expect(err.message).toContain('smtp.sendgrid.net');
  });

  it('an address as login on another server is also the default sender', () => {
    const s = settings({ ...RELAY, username: 'ci@example.com', password: 'pw' });
    expect(s.from).toBeUndefined();
    expect(s.username).toBe('ci@example.com');
  });

  it.each([
    ['smtp.gmail.com', { 'app-password': APP_PASSWORD }],
    ['the Gmail API', { 'app-password': '', transport: 'gmail-api', 'oauth-access-token': 'ya29.x' }],
  ])('still wants an address on %s', (_, overrides) => {
    const err = inputError({ ...BASE, username: 'apikey', from: 'ci@example.com', ...overrides });
    expectOneLine(err, 'username');
    expect(err.message).toContain('full email address');
  });

  it.each([
    [{ 'app-password': APP_PASSWORD }, '`app-password`, `password`'],
    [{ 'oauth-access-token': 'ya29.token' }, '`password`, `oauth-access-token`'],
  ])('`password` with another sign-in method is a conflict naming both: %j', (other, names) => {
    const err = inputError({
      ...RELAY,
      username: 'apikey',
      password: 'pw',
      from: 'ci@example.com',
      ...other,
    });
    expect(err.message).toContain(`these inputs conflict: ${names}`);
    expect(err.message).not.toMatch(/\n/);
  });

  it('`password` for smtp.gmail.com points to `app-password`', () => {
    const err = inputError({ ...BASE, 'app-password': '', password: 'abcd efgh ijkl mnop' });
    expectOneLine(err, 'password');
    expect(err.message).toContain('`app-password`');
  });

  it('`password` needs `username`, named as the login of that server', () => {
    const err = inputError({ ...RELAY, password: 'pw', from: 'ci@example.com' });
    expectOneLine(err, 'username');
    expect(err.message).toContain('login of smtp.sendgrid.net');
    expect(err.message).not.toMatch(/Gmail/);
  });

  it('a login whose `password` is empty says the secret did not arrive', () => {
    const err = inputError({ ...RELAY, username: 'apikey', from: 'ci@example.com' });
    expectOneLine(err, 'password');
  });

  it('`app-password` keeps ignoring spaces', () => {
    expect(settings(BASE).auth).toMatchObject({ kind: 'app-password', password: APP_PASSWORD });
  });
});
