// Secrets are replaced before outside text is cut short, and their form-encoded variants are masked
// too (issue 13); every log line with outside text is one line.

import { afterEach, describe, expect, it } from 'vitest';
import { explainTokenError } from '../../src/auth/token-errors.js';
import { explainGmailApiError } from '../../src/deliver/gmail-api.js';
import { oneLine } from '../../src/errors.js';
import { maskSecret } from '../../src/inputs/index.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { encodedForms, forgetSecrets, redactSecrets, rememberSecret } from '../../src/secrets.js';

afterEach(() => forgetSecrets());

describe('oneLine', () => {
  it('replaces a secret before cutting, so no prefix of it survives', () => {
    const secret = 'S3cr3t-refresh-token-value-0123456789';
    rememberSecret(secret);
    const reply = `${'x'.repeat(180)} ${secret} tail`;
    const line = oneLine(reply, 200);
    expect(line).not.toContain('S3cr3t');
    expect(line).toContain('***');
  });

  it.each(['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'])(
    'makes %j a space, so no payload starts a command line',
    (br) => {
      const line = oneLine(`CI${br}::warning title=Injected::x`);
      expect(line).toBe('CI ::warning title=Injected::x');
      expect(line.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)).toHaveLength(1);
    },
  );
});

describe('encodedForms', () => {
  it("masks the form-encoded variants of a secret with ~*!'() and spaces", () => {
    const forms = encodedForms("a~b*c!d'e(f)g h/+");
    expect(forms).toEqual(
      expect.arrayContaining([
        "a~b*c!d'e(f)g%20h%2F%2B",
        'a%7Eb*c%21d%27e%28f%29g+h%2F%2B',
        'a%7Eb%2Ac%21d%27e%28f%29g%20h%2F%2B',
        'a%7Eb%2Ac%21d%27e%28f%29g+h%2F%2B',
      ]),
    );
    expect(encodedForms('plainAlnum123')).toEqual([]);
  });

  it('maskSecret masks them, and remembers each for redaction', () => {
    const masked: string[] = [];
    maskSecret({ getInput: () => '', setSecret: (s) => masked.push(s) }, "p@ss!(word)'~*");
    expect(masked).toContain('p%40ss%21%28word%29%27%7E%2A');
    expect(masked).toContain('p%40ss%21%28word%29%27%7E*');
  });
});

describe('outside text from servers', () => {
  it("prints a token endpoint's error on one line", () => {
    const err = explainTokenError(
      503,
      { error: 'temporarily_unavailable\n::warning title=Injected::x', error_description: 'a\r\nb' },
      'https://oauth2.example/token',
      'refresh_token',
    );
    expect(err.message).not.toMatch(/[\r\n]/);
    expect(err.message).toContain('temporarily_unavailable ::warning title=Injected::x: a b');
  });

  it("prints the Gmail API's errors[].reason on one line", () => {
    const err = explainGmailApiError(503, {
      error: { message: 'down', errors: [{ reason: 'backendError\n::warning title=Injected::x' }] },
    });
    expect(err.message).not.toMatch(/[\r\n]/);
    expect(err.message).toContain('HTTP 503 backendError ::warning title=Injected::x');
  });

  it('escapes and flattens every step-summary cell', () => {
    const md = summaryMarkdown({
      sent: false,
      status: 'failure',
      detail: 'boom\n\n| a | b |\n|---|---|\n# heading <img src=x>',
      accepted: [],
      rejected: [],
    });
    const table = md.slice(md.indexOf('<table>'), md.indexOf('</table>'));
    expect(table).not.toMatch(/\n\n/);
    expect(table).toContain('boom | a | b | |---|---| # heading &lt;img src=x&gt;');
  });
});

describe('redactSecrets', () => {
  it('replaces the longest secret first', () => {
    rememberSecret('abcd');
    rememberSecret('abcdefgh');
    expect(redactSecrets('x abcdefgh y abcd')).toBe('x *** y ***');
  });
});
