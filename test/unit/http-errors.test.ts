import { describe, expect, it } from 'vitest';
import { tokenUrlInputName } from '../../src/auth/token-errors.js';
import { explainHttpNetworkError } from '../../src/http-errors.js';
import { expectOneClearLine } from './delivery-error.js';

describe('explainHttpNetworkError', () => {
  it("names where the token URL came from: the input, or a service account key's token_uri", () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    });
    expect(explainHttpNetworkError(refused, 'token', 'http://127.0.0.1:1/token').message).toContain(
      'Check `oauth-token-url` (its host and port)',
    );
    const fromKey = explainHttpNetworkError(
      refused,
      'token',
      'http://127.0.0.1:1/token',
      tokenUrlInputName('service-account-key'),
    );
    expect(fromKey.message).toContain('Check the `token_uri` in `service-account-key` (its host and port)');
    expect(fromKey.message).not.toContain('oauth-token-url');
  });

  it("fetch's bad port is permanent and explained", () => {
    const err = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') }),
      'api',
      'http://127.0.0.1:587',
    );
    expectOneClearLine(err, 'api');
    expect(err.transient).toBe(false);
    expect(err.message).toContain('refuse to connect to');
    expect(err.message).toContain('Check `gmail-api-url`');
  });

  it('refused is permanent, a reset transient, a timeout transient', () => {
    const refused = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
      }),
      'token',
      'http://127.0.0.1:1/token',
    );
    expectOneClearLine(refused, 'token');
    expect(refused.transient).toBe(false);
    const reset = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNRESET', message: 'socket hang up' },
      }),
      'api',
      'https://gmail.googleapis.com',
    );
    expect(reset.transient).toBe(true);
    const timeout = explainHttpNetworkError(
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      'token',
      'https://oauth2.googleapis.com/token',
    );
    expect(timeout.transient).toBe(true);
    expect(timeout.message).toContain('in time');
  });

  it('says which input to check: oauth-token-url for the token, gmail-api-url for the API', () => {
    const refused = { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' } };
    const token = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), refused),
      'token',
      'http://127.0.0.1:1/token',
    );
    expect(token.message).toContain('`oauth-token-url`');
    expect(token.message).toContain('network');
    const api = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), refused),
      'api',
      'http://127.0.0.1:1',
    );
    expect(api.message).toContain('`gmail-api-url`');
  });

  it('an unknown host name is permanent, EAI_AGAIN transient', () => {
    const notFound = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND gmail.googleapis.invalid' },
      }),
      'api',
      'https://gmail.googleapis.invalid',
    );
    expectOneClearLine(notFound, 'api');
    expect(notFound.transient).toBe(false);
    expect(notFound.message).toContain('`gmail-api-url`');
    const again = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'EAI_AGAIN', message: 'getaddrinfo EAI_AGAIN oauth2.googleapis.com' },
      }),
      'token',
      'https://oauth2.googleapis.com/token',
    );
    expect(again.transient).toBe(true);
  });

  it.each([
    ['token', 'https://oauth2.googleapis.com/token', 'oauth2.googleapis.com'],
    ['token', 'https://www.googleapis.com/oauth2/v4/token', 'www.googleapis.com'],
    ['api', 'https://gmail.googleapis.com', 'gmail.googleapis.com'],
  ] as const)("%s: %s not found is the runner's DNS, retried", (stage, url, host) => {
    const err = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', message: `getaddrinfo ENOTFOUND ${host}` },
      }),
      stage,
      url,
    );
    expectOneClearLine(err, stage);
    expect(err.message).toBe(
      `${stage}: the runner could not resolve ${host} (ENOTFOUND): its DNS or network is failing, not the input. Check the runner's network; run the job again.`,
    );
    expect(err.transient).toBe(true);
  });

  it('a user-given host not found is still a typo to check, not retried', () => {
    const err = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND login.microsoftonline.con' },
      }),
      'token',
      'https://login.microsoftonline.con/common/oauth2/v2.0/token',
    );
    expect(err.message).toBe(
      'token: the host name of https://login.microsoftonline.con/common/oauth2/v2.0/token does not exist (ENOTFOUND). Check its spelling in `oauth-token-url`.',
    );
    expect(err.transient).toBe(false);
  });
});
