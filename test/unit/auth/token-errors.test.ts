import { describe, expect, it } from 'vitest';
import { explainTokenError } from '../../../src/auth/token-errors.js';
import { GOOGLE_TOKEN_ERRORS } from '../../servers/token.mjs';
import { expectOneClearLine } from '../delivery-error.js';

describe('explainTokenError', () => {
  const URL = 'https://oauth2.googleapis.com/token';

  it('invalid_grant on the refresh grant: 7-day expiry of Testing consent screens', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    const err = explainTokenError(status, body, URL, 'refresh_token');
    expectOneClearLine(err, 'token');
    expect(err.message).toContain('invalid_grant');
    expect(err.message).toContain('Token has been expired or revoked.');
    expect(err.message).toContain('7 days');
    expect(err.message).toContain('Testing');
    expect(err.message).toContain('`oauth-refresh-token`');
    expect(err.transient).toBe(false);
  });

  it('invalid_grant on the JWT grant: domain-wide delegation', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.invalidJwtSignature;
    const err = explainTokenError(status, body, URL, 'jwt-bearer');
    expectOneClearLine(err, 'token');
    expect(err.message).toContain('Domain-wide delegation');
  });

  it.each([GOOGLE_TOKEN_ERRORS.clientNotFound, GOOGLE_TOKEN_ERRORS.wrongClientSecret])(
    'invalid_client: check the client id and secret (%j)',
    ({ status, body }) => {
      const err = explainTokenError(status, body, URL, 'refresh_token');
      expectOneClearLine(err, 'token');
      expect(err.message).toContain('invalid_client');
      expect(err.message).toContain(body.error_description);
      expect(err.message).toContain('`oauth-client-id`');
      expect(err.message).toContain('`oauth-client-secret`');
      expect(err.transient).toBe(false);
    },
  );

  it.each([429, 500, 502, 503])('HTTP %i is transient and keeps Retry-After', (status) => {
    const err = explainTokenError(status, undefined, URL, 'refresh_token', 7);
    expectOneClearLine(err, 'token');
    expect(err.message).toContain(`HTTP ${status}`);
    expect(err.transient).toBe(true);
    expect(err.retryAfterSeconds).toBe(7);
  });

  it('another 4xx is permanent', () => {
    const err = explainTokenError(404, undefined, URL, 'refresh_token');
    expect(err.transient).toBe(false);
    expect(err.message).toContain('`oauth-token-url`');
  });
});

describe('explainTokenError: a token endpoint other than Google', () => {
  const LOCAL = 'http://127.0.0.1:8999/token';
  it('invalid_grant names the endpoint and does not say Google', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    const err = explainTokenError(status, body, LOCAL, 'refresh_token');
    expect(err.message).toMatch(/^token: 127\.0\.0\.1 refused the refresh token \(invalid_grant\)/);
    expect(err.message).not.toMatch(/Google|Testing|7 days|npm run auth/);
  });
  it('Google named when it is Google', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    const err = explainTokenError(status, body, 'https://oauth2.googleapis.com/token', 'refresh_token');
    expect(err.message).toMatch(/^token: Google \(oauth2\.googleapis\.com\) refused the refresh token/);
  });
});
