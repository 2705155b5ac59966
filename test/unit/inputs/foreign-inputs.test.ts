import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { refuseForeignInputs } from '../../../src/inputs/foreign-inputs.js';
import { mayHaveForeignInputs } from '../../../src/inputs/foreign-probe.js';

function errorFor(env: NodeJS.ProcessEnv): InputError {
  try {
    refuseForeignInputs(env);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('refuseForeignInputs: dawidd6/action-send-mail inputs', () => {
  it.each([
    ['INPUT_SERVER_ADDRESS', 'server_address', '`smtp-host`'],
    ['INPUT_SERVER_PORT', 'server_port', '`smtp-port`'],
    ['INPUT_SECURE', 'secure', '`smtp-security`'],
    ['INPUT_HTML_BODY', 'html_body', '`body-format: html`'],
    ['INPUT_REPLY_TO', 'reply_to', '`reply-to`'],
    ['INPUT_IN_REPLY_TO', 'in_reply_to', '`in-reply-to`'],
    ['INPUT_IGNORE_CERT', 'ignore_cert', 'NODE_EXTRA_CA_CERTS'],
    ['INPUT_CONVERT_MARKDOWN', 'convert_markdown', '`body-format: markdown`'],
    ['INPUT_CONTENT_TYPE', 'content_type', '`body-format`'],
    ['INPUT_CONNECTION_URL', 'connection_url', '`smtp-host`'],
    ['INPUT_ENVELOPE_TO', 'envelope_to', '`bcc`'],
  ])('%s fails naming %s and %s', (variable, input, instead) => {
    const err = errorFor({ [variable]: 'x' });
    // The cheap probe that decides whether the table is loaded at all must say yes too.
    expect(mayHaveForeignInputs({ [variable]: 'x' })).toBe(true);
    expect(err.input).toBe(input);
    expect(err.message).toContain(`\`${input}\``);
    expect(err.message).toContain(instead);
    expect(err.message).not.toMatch(/\n/);
  });

  it('an empty value counts: the input was written', () => {
    expect(errorFor({ INPUT_SERVER_ADDRESS: '' }).input).toBe('server_address');
  });

  it('lists every one found, in one line', () => {
    const err = errorFor({ INPUT_SERVER_ADDRESS: 'smtp.example.com', INPUT_SERVER_PORT: '587' });
    expect(err.message).toMatch(/^Inputs written for dawidd6\/action-send-mail/);
    expect(err.message).toContain('`server_address`: use `smtp-host`; `server_port`: use `smtp-port`');
  });

  it('our own kebab-case inputs (INPUT_REPLY-TO, INPUT_IN-REPLY-TO, INPUT_SMTP-HOST) pass', () => {
    const ours = {
      'INPUT_REPLY-TO': 'a@example.com',
      'INPUT_IN-REPLY-TO': '<a@b>',
      'INPUT_SMTP-HOST': 'smtp.example.com',
      INPUT_BODY: 'Hello',
      INPUT_HEADERS: 'X-Team: ci',
      INPUT_USERNAME: 'apikey',
    };
    expect(mayHaveForeignInputs(ours)).toBe(false);
    expect(() => refuseForeignInputs(ours)).not.toThrow();
  });

  it('a `file://` body and JSON headers point to `body-file` and `Name: value` lines', () => {
    for (const env of [{ INPUT_BODY: 'file://README.md' }, { INPUT_HEADERS: '{"X-Team": "ci"}' }]) {
      expect(mayHaveForeignInputs(env)).toBe(true);
    }
    expect(errorFor({ INPUT_BODY: 'file://README.md' }).message).toContain('`body-file`');
    expect(errorFor({ INPUT_HEADERS: '{"X-Team": "ci"}' }).message).toContain('`Name: value`');
  });
});
