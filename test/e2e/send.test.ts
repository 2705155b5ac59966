// The bundled action sending for real: App Password over implicit TLS, STARTTLS, OAuth refresh
// token → XOAUTH2, dry run, bad inputs and debug mode.

import { existsSync, readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN,
  APP_PASSWORD,
  APP_PASSWORD_SPACED,
  appPasswordInputs,
  CLIENT_ID,
  CLIENT_SECRET,
  E2E_TIMEOUT_MS,
  expectFailure,
  expectNoStackTrace,
  type Fixture,
  fixture,
  inWorkspace,
  oauthInputs,
  REFRESH_TOKEN,
  USER,
  WRONG_APP_PASSWORD,
  WRONG_APP_PASSWORD_SPACED,
} from './fixture.js';
import type { ActionRun } from './harness.js';

/** A fresh fixture, closed when the test finishes (works for concurrent tests too). */
function setup(onTestFinished: (fn: () => Promise<void>) => void): Fixture {
  const f = fixture();
  onTestFinished(() => f.close());
  return f;
}

function expectSent(run: ActionRun): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(run.outputs.sent).toBe('true');
  expect(run.outputs['skipped-reason']).toBe('');
  expectNoStackTrace(run);
}

const FQDN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

describe.concurrent('sending', { timeout: E2E_TIMEOUT_MS }, () => {
  it('App Password over implicit TLS: the message, its headers and the outputs', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ security: 'tls' });
    const run = await f.run({
      inputs: appPasswordInputs(smtp, {
        'smtp-security': 'tls',
        to: '"Dev Team" <dev@example.com>, ops@example.com',
        cc: 'lead@example.com',
        bcc: 'audit@example.com',
        // Templates are issue 2's; a literal subject and body here.
        subject: 'Build 42 of octo-org/octo-repo: success',
        body: '**Bold** news from CI.',
      }),
    });
    expectSent(run);
    expect(run.masks).toEqual(expect.arrayContaining([APP_PASSWORD_SPACED, APP_PASSWORD]));

    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.user).toBe(USER);
    expect(got.authMethod).toMatch(/^(PLAIN|LOGIN)$/);
    expect(got.secure).toBe(true);
    expect(got.envelope.mailFrom).toBe(USER);
    expect(got.envelope.rcptTo.sort()).toEqual(
      ['audit@example.com', 'dev@example.com', 'lead@example.com', 'ops@example.com'].sort(),
    );
    const connections = smtp.connections();
    expect(connections).toHaveLength(1);
    expect(connections[0]!.ehloNames.length).toBeGreaterThan(0);
    for (const name of connections[0]!.ehloNames) {
      expect(name).toMatch(FQDN);
      expect(name).not.toMatch(/^localhost/);
    }
    expect(got.clientHostname).toMatch(FQDN);

    const raw = got.raw.toString('utf8');
    const mail = await simpleParser(got.raw);
    expect(mail.from?.value).toEqual([{ name: 'octo-org/octo-repo via Gmail Notify', address: USER }]);
    expect(raw).toMatch(/^From: "octo-org\/octo-repo via Gmail Notify" <ci-bot@example\.com>\r?$/m);
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((t) => t?.value ?? [])).toEqual([
      { name: 'Dev Team', address: 'dev@example.com' },
      { name: '', address: 'ops@example.com' },
    ]);
    const cc = Array.isArray(mail.cc) ? mail.cc : [mail.cc];
    expect(cc.flatMap((t) => t?.value ?? []).map((v) => v.address)).toEqual(['lead@example.com']);
    expect(mail.bcc).toBeUndefined();
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(raw).not.toContain('audit@example.com');
    expect(mail.subject).toBe('Build 42 of octo-org/octo-repo: success');
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    // The text part is the Markdown source (rendering it is issue 2's).
    expect(mail.text).toContain('Bold** news from CI.');
    expect(mail.html).toMatch(/<strong>Bold<\/strong> news from CI\./);
    expect(raw).toMatch(/^List-Id: .*octo-org\/octo-repo/m);
    expect(raw).toMatch(/^X-GitHub-Repository: octo-org\/octo-repo\r?$/m);
    expect(raw).toMatch(/^X-GitHub-Workflow: CI\r?$/m);
    expect(raw).toMatch(/^X-GitHub-Event: push\r?$/m);
    expect(raw).toMatch(/^X-GitHub-Status: success\r?$/m);

    expect(mail.messageId).toMatch(/^<[^<>@\s]+@example\.com>$/);
    expect(run.outputs['message-id']).toBe(mail.messageId);
    expect(run.outputs.subject).toBe(mail.subject);
    expect(run.outputs.accepted.split(',').sort()).toEqual(
      ['audit@example.com', 'dev@example.com', 'lead@example.com', 'ops@example.com'].sort(),
    );
    expect(run.outputs.rejected).toBe('');
    expect(run.summary).toContain('Email sent');
    expect(run.summary).toContain('Build 42 of octo-org/octo-repo: success');
    // The summary is public in a public repository: Bcc recipients are counted, not named.
    expect(run.summary).toContain('<td>dev@example.com, ops@example.com, lead@example.com + 1 Bcc</td>');
    expect(run.summary).not.toContain('audit@example.com');
  });

  it('STARTTLS on a non-465 port: no credentials before STARTTLS', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ security: 'starttls' });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { 'smtp-security': 'starttls' }) });
    expectSent(run);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.secure).toBe(true);
    const [connection] = smtp.connections();
    const commands = connection!.commands;
    const starttls = commands.indexOf('STARTTLS');
    expect(starttls).toBeGreaterThan(0);
    // Before STARTTLS: only the greeting exchange.
    expect(commands.slice(0, starttls).every((c) => /^(EHLO|HELO)$/.test(c))).toBe(true);
    const auth = commands.findIndex((c) => c.startsWith('AUTH'));
    expect(auth).toBeGreaterThan(starttls);
    expect(commands.indexOf('MAIL')).toBeGreaterThan(auth);
  });

  it('the default security on a non-465 port is STARTTLS', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ security: 'starttls' });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { 'smtp-security': '' }) });
    expectSent(run);
    expect(smtp.connections()[0]!.commands).toContain('STARTTLS');
  });

  it('OAuth refresh token → XOAUTH2; the access token is masked', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token();
    const run = await f.run({ inputs: oauthInputs(smtp, token) });
    expectSent(run);
    expect(token.requests).toHaveLength(1);
    expect(token.requests[0]).toMatchObject({
      method: 'POST',
      grantType: 'refresh_token',
      clientId: CLIENT_ID,
      status: 200,
      issuedAccessToken: ACCESS_TOKEN,
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ authMethod: 'XOAUTH2', user: USER });
    expect(smtp.authAttempts).toEqual([{ method: 'XOAUTH2', username: USER, ok: true, reason: 'ok' }]);
    expect(run.masks).toEqual(expect.arrayContaining([CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN]));
    // Masked before anything could print it.
    const maskLine = run.stdout.indexOf(`::add-mask::${ACCESS_TOKEN}`);
    expect(maskLine).toBeGreaterThanOrEqual(0);
  });

  it('dry run: contacts no server, writes outputs, summary and the .eml', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token();
    const run = await f.run({
      inputs: oauthInputs(smtp, token, {
        'dry-run': 'true',
        'eml-path': 'out/mail/notify.eml',
        subject: 'Dry octo-org/octo-repo',
      }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error' || a.level === 'warning')).toEqual([]);
    expect(run.annotations.filter((a) => a.level === 'notice')).toHaveLength(1);
    expect(smtp.connections()).toEqual([]);
    expect(token.requests).toEqual([]);
    expect(run.outputs.sent).toBe('false');
    expect(run.outputs['skipped-reason']).toBe('dry-run');
    expect(run.outputs.subject).toBe('Dry octo-org/octo-repo');
    const eml = inWorkspace(run, 'out/mail/notify.eml');
    expect(run.outputs['eml-path']).toBe(eml);
    expect(existsSync(eml)).toBe(true);
    const mail = await simpleParser(readFileSync(eml));
    expect(mail.subject).toBe('Dry octo-org/octo-repo');
    expect(mail.messageId).toBe(run.outputs['message-id']);
    expect(run.summary).toContain('dry run, not sent');
    expect(run.summary).toContain('Dry octo-org/octo-repo');
    expect(run.summary).toContain(eml);
  });

  it('dry run that notify-when would hold back: renders, writes the .eml, contacts no server', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token();
    const run = await f.run({
      inputs: oauthInputs(smtp, token, {
        'dry-run': 'true',
        'notify-when': 'failure',
        status: 'success',
        'eml-path': 'out/held.eml',
        bcc: 'secret-list@example.com',
        subject: 'Held {{ repository }}',
        body: 'Run {{ run_number }} of {{ workflow }}',
      }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(smtp.connections()).toEqual([]);
    expect(token.requests).toEqual([]);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    const eml = inWorkspace(run, 'out/held.eml');
    expect(run.annotations.map((a) => a.message)).toEqual([
      `Dry run: notify-when (failure) would not send on this run (the status is success, not failure); nothing was sent. The message it would send is in \`eml-path\` (${eml}) and the step summary.`,
    ]);
    expect(run.outputs.sent).toBe('false');
    expect(run.outputs['skipped-reason']).toBe('dry-run');
    expect(run.outputs.subject).toBe('Held octo-org/octo-repo');
    expect(run.outputs['eml-path']).toBe(eml);
    const raw = readFileSync(eml, 'utf8');
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Held octo-org/octo-repo');
    expect(mail.messageId).toBe(run.outputs['message-id']);
    expect(raw).not.toContain('secret-list');
    expect(run.summary).toContain('dry run, not sent; notify-when would not send it on this run');
    expect(run.summary).toContain('Held octo-org/octo-repo');
    expect(run.summary).toContain('Message preview');
    expect(run.summary).toMatch(/<pre>Run \d+ of CI/);
    expect(run.summary).toContain('<td>dev@example.com + 1 Bcc</td>');
    expect(run.summary).not.toContain('secret-list');
  });

  it('dry run that notify-when would hold back still fails on a template or attachment error', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token();
    const held = { 'dry-run': 'true', 'notify-when': 'failure', status: 'success' };
    const template = await f.run({ inputs: oauthInputs(smtp, token, { ...held, body: 'Hi {{ foo }}' }) });
    expect(template.code).toBe(1);
    expectFailure(template, ['Input `body`: unknown variable `foo` on line 1']);
    expect(template.summary).toContain('<td>dev@example.com</td>');
    const attachment = await f.run({
      inputs: oauthInputs(smtp, token, {
        ...held,
        attachments: 'missing/*.zip',
        'if-no-files-found': 'error',
      }),
    });
    expect(attachment.code).toBe(1);
    expectFailure(attachment, ['no files match "missing/*.zip"']);
    expect(smtp.connections()).toEqual([]);
    expect(token.requests).toEqual([]);
  });

  it('a notify-when skip: the summary still names the recipients (Bcc counted only)', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const run = await f.run({
      inputs: appPasswordInputs(smtp, {
        'notify-when': 'failure',
        status: 'success',
        cc: 'lead@example.com',
        bcc: 'secret-list@example.com',
      }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['skipped-reason']).toBe('notify-when');
    expect(run.summary).toContain('Email not sent (notify-when)');
    expect(run.summary).toContain('<td>dev@example.com, lead@example.com + 1 Bcc</td>');
    expect(run.summary).not.toContain('secret-list');
    expect(smtp.connections()).toEqual([]);
  });

  it('warns once when from is not the Gmail account (dry run, smtp.gmail.com)', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const run = await f.run({
      inputs: {
        username: USER,
        'app-password': APP_PASSWORD_SPACED,
        to: 'team@example.com',
        from: 'Releases <releases@example.org>',
        'dry-run': 'true',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `Input \`from\`: releases@example.org is not \`username\` (${USER}); Gmail sends it as ${USER} unless releases@example.org is a "Send mail as" alias of that account (Gmail settings > Accounts).`,
    ]);
    expect(run.outputs['skipped-reason']).toBe('dry-run');
  });

  it('eml-path when sending is the exact message the server got', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const run = await f.run({ inputs: appPasswordInputs(smtp, { 'eml-path': 'mail.eml' }) });
    expectSent(run);
    expect(run.outputs['eml-path']).toBe(inWorkspace(run, 'mail.eml'));
    const written = readFileSync(run.outputs['eml-path']!, 'utf8');
    expect(written).not.toMatch(/[^\r]\n/);
    // Each compile draws a new MIME boundary (src/render/message.ts); everything else is identical.
    const sameBoundary = (text: string): string =>
      text.replace(/--_NmP-[0-9a-f]+-Part/g, '--_NmP-X-Part').trim();
    expect(sameBoundary(smtp.received[0]!.raw.toString('utf8'))).toBe(sameBoundary(written));
  });

  it('a refused recipient: sent to the others, listed in `rejected`, with a warning', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({
      faults: {
        rcpt: {
          reply:
            "550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try double-checking the recipient's email address.",
          times: 1,
        },
      },
    });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { to: 'gone@example.com, dev@example.com' }) });
    expectSent(run);
    expect(run.outputs.accepted).toBe('dev@example.com');
    expect(run.outputs.rejected).toBe('gone@example.com');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('gone@example.com');
    expect(smtp.received[0]!.envelope.rcptTo).toEqual(['dev@example.com']);
  });

  it('a refused Bcc recipient: named in `rejected` only, never in the log or the summary', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({
      faults: {
        rcptFor: {
          'secret-list@example.com': {
            reply: '550-5.1.1 <secret-list@example.com>: that account does not exist.\n550 5.1.1 Bye',
          },
        },
      },
    });
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { to: 'team@example.com', bcc: 'secret-list@example.com' }),
    });
    expectSent(run);
    expect(run.outputs.accepted).toBe('team@example.com');
    expect(run.outputs.rejected).toBe('secret-list@example.com');
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      'The server refused 1 recipient(s): [Bcc recipient] (550-5.1.1). The others received the message.',
    ]);
    expect(run.stdout).not.toContain('secret-list');
    expect(run.stderr).not.toContain('secret-list');
    expect(run.summary).not.toContain('secret-list');
    expect(run.summary).toContain('<td>team@example.com + 1 Bcc</td>');
    expect(run.summary).toContain('<th align="left">Rejected</th><td>1 Bcc</td>');
  });

  it('without GITHUB_OUTPUT (outputs printed as ::set-output, in the public log): Bcc hidden there too', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { to: 'team@example.com', bcc: 'secret-list@example.com' }),
      env: { GITHUB_OUTPUT: '' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(run.stdout).toContain('::set-output name=accepted::team@example.com,[Bcc recipient]');
    expect(run.stdout).not.toContain('secret-list');
    expect(run.stderr).not.toContain('secret-list');
  });

  it('an invalid `to` fails with one line naming it and sends nothing', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { to: 'dev@example.com, ops@example', 'fail-on-error': 'false' }),
    });
    // A bad input fails the step whatever fail-on-error says.
    const line = expectFailure(run, ['`to`', '"ops@example"']);
    expect(line).not.toContain('dev@example.com,');
    expect(smtp.connections()).toEqual([]);
  });

  it('conflicting sign-in methods fail with one line naming them', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token();
    const run = await f.run({ inputs: { ...oauthInputs(smtp, token), 'app-password': APP_PASSWORD_SPACED } });
    expectFailure(run, ['`app-password`', '`oauth-client-id`', '`oauth-refresh-token`']);
    expect(smtp.connections()).toEqual([]);
    expect(token.requests).toEqual([]);
  });

  it('no sign-in method for smtp.gmail.com explains the options and connects nowhere', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const run = await f.run({ inputs: { username: USER, to: 'dev@example.com' } });
    expectFailure(run, ['`app-password`', '`oauth-refresh-token`']);
  });

  it('debug mode: success and failure leak no secret', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token();
    const env = { RUNNER_DEBUG: '1' };
    const ok = await f.run({ inputs: oauthInputs(smtp, token), env });
    expectSent(ok);
    const okPassword = await f.run({ inputs: appPasswordInputs(smtp), env });
    expectSent(okPassword);
    const bad = await f.run({
      inputs: appPasswordInputs(smtp, { 'app-password': WRONG_APP_PASSWORD_SPACED }),
      env,
    });
    // 127.0.0.1 is not Gmail: the reply is quoted as given, without Gmail's advice.
    expectFailure(bad, ['auth: 127.0.0.1:', '(535)', '535 5.7.8']);
    expect(bad.masks).toEqual(expect.arrayContaining([WRONG_APP_PASSWORD_SPACED, WRONG_APP_PASSWORD]));
    expect(smtp.received).toHaveLength(2);
  });
});
