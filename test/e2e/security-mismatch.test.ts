// `smtp-security` that does not match what the server on `smtp-port` speaks: the commonest setup
// mistakes (587 with tls, a plain relay with starttls). Each must end in one line that names
// `smtp-security` and `smtp-port`, be tried once (retrying cannot fix a setting), and never send
// credentials.

import { describe, expect, it } from 'vitest';
import { appPasswordInputs, E2E_TIMEOUT_MS, expectFailure, type Fixture, fixture } from './fixture.js';

function setup(onTestFinished: (fn: () => Promise<void>) => void): Fixture {
  const f = fixture();
  onTestFinished(() => f.close());
  return f;
}

describe.concurrent('smtp-security that does not match the port', { timeout: E2E_TIMEOUT_MS }, () => {
  it.for([
    { name: '`smtp-security: starttls`', security: 'starttls' },
    { name: 'the default on a port other than 465', security: '' },
  ])('$name against a server without STARTTLS: one line, tried once', async (row, { onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ security: 'none', users: {} });
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'smtp-security': row.security, retries: '2' }),
    });
    const line = expectFailure(run, [
      'connect: ',
      'does not offer STARTTLS',
      '500 5.5.2',
      '`smtp-security`',
      '`smtp-port`',
      '465',
      '587',
    ]);
    expect(line.startsWith('connect: ')).toBe(true);
    expect(line).not.toContain('Check the message and the account');
    expect(smtp.connections()).toHaveLength(1);
    expect(smtp.connections()[0]!.commands).toContain('STARTTLS');
    expect(smtp.connections()[0]!.commands.some((c) => c.startsWith('AUTH'))).toBe(false);
    expect(run.stdout).not.toMatch(/Retrying in/);
  });
});
