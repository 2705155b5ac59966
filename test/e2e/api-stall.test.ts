// A Gmail API request that stalls is abandoned after a bounded time without progress. Before the
// message was uploaded whole, that is retried within `timeout-seconds`; once Gmail has taken all of
// it, it may have been sent, so it is never retried (a retry could deliver it twice) and the line
// says where to check.

import { describe, expect, it } from 'vitest';
import {
  type GmailApiFault,
  type RunningGmailApiServer,
  startGmailApiServer,
} from '../servers/gmail-api.mjs';
import { ACCESS_TOKEN, E2E_TIMEOUT_MS, expectFailure, expectNoStackTrace, fixture, USER } from './fixture.js';

/**
 * 8 MiB, about 11 MB once base64-encoded in the message: far more than loopback socket buffers hold
 * (about 4 MB on Linux), so the upload cannot complete while the server reads nothing.
 */
const LARGE_ATTACHMENT = { 'build.log': Buffer.alloc(8 * 1024 * 1024, 'x') };

async function apiServer(
  faults: GmailApiFault,
  onTestFinished: (fn: () => Promise<void>) => void,
): Promise<RunningGmailApiServer> {
  const server = await startGmailApiServer({ tokens: { [ACCESS_TOKEN]: { user: USER } }, faults });
  onTestFinished(() => server.close());
  return server;
}

function apiInputs(server: RunningGmailApiServer, extra: Record<string, string>): Record<string, string> {
  return {
    username: USER,
    'oauth-access-token': ACCESS_TOKEN,
    transport: 'gmail-api',
    'gmail-api-url': server.url,
    to: 'dev@example.com',
    ...extra,
  };
}

describe.concurrent('a stalled Gmail API request', { timeout: E2E_TIMEOUT_MS }, () => {
  it('before the upload completed, once: abandoned, retried, delivered once', async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const gmail = await apiServer({ hang: true, when: 'before-body', times: 1 }, onTestFinished);
    // 20 s: a request may stall for 5 s (a quarter of it, at least 5 s) before it is abandoned.
    const run = await f.run({
      inputs: apiInputs(gmail, { 'timeout-seconds': '20', retries: '2', attachments: 'build.log' }),
      workspaceFiles: LARGE_ATTACHMENT,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(gmail.requests).toHaveLength(2);
    // The first request's body was never read; the second one carried the whole message.
    expect(gmail.requests[0]!.bodyBytes).toBeUndefined();
    expect(gmail.requests[1]!.bodyBytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(gmail.received).toHaveLength(1);
    expect(run.stdout).toMatch(/Attempt 1 failed: api: no answer .* for 5 s \(the request stalled before/);
    expect(run.stdout).not.toMatch(/may have been sent/);
    expectNoStackTrace(run);
  });

  it('before the upload completed, always: retried, then one line that says what to do', async ({
    onTestFinished,
  }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const gmail = await apiServer({ hang: true, when: 'before-body' }, onTestFinished);
    const run = await f.run({
      // One retry: two stalls of 5 s and the backoff between fit in 20 s with room to spare on a
      // busy machine, so the last line is the stall's (not the deadline's).
      inputs: apiInputs(gmail, { 'timeout-seconds': '20', retries: '1', attachments: 'build.log' }),
      workspaceFiles: LARGE_ATTACHMENT,
    });
    expectFailure(run, [
      'api: ',
      'no answer',
      'stalled before the message was uploaded',
      'run the job again later',
      '`gmail-api-url`',
      'Gave up after 2 attempts.',
    ]);
    expect(gmail.requests).toHaveLength(2);
    for (const request of gmail.requests) expect(request.bodyBytes).toBeUndefined();
    expect(run.stdout).toMatch(/Attempt 1 failed: api: .*stalled before/);
    expect(run.stdout).not.toMatch(/may have been sent/);
    expect(gmail.received).toHaveLength(0);
  });

  it('cut by timeout-seconds mid-upload: one line, and the step ends then', async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const gmail = await apiServer({ hang: true, when: 'before-body' }, onTestFinished);
    // 5 s: the deadline comes before the 5 s stall limit does.
    const run = await f.run({
      inputs: apiInputs(gmail, { 'timeout-seconds': '5', retries: '3', attachments: 'build.log' }),
      workspaceFiles: LARGE_ATTACHMENT,
    });
    // Exactly one ::error::, not followed by the last-resort "did not finish within" one.
    expectFailure(run, [
      'api: no answer from',
      'before `timeout-seconds` ran out',
      'raise `timeout-seconds`',
    ]);
    expect(gmail.requests).toHaveLength(1);
    expect(gmail.requests[0]!.bodyBytes).toBeUndefined();
    expect(run.stdout).not.toMatch(/Retrying in/);
  });

  it('after the whole message was uploaded: not retried, one line that says to check the Sent folder', async ({
    onTestFinished,
  }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    // Only once: a retry would be answered, so delivering would show that it was retried.
    const gmail = await apiServer({ hang: true, when: 'after-body', times: 1 }, onTestFinished);
    const run = await f.run({
      inputs: apiInputs(gmail, { 'timeout-seconds': '20', retries: '3' }),
    });
    expect(run.code).toBe(1);
    const line = expectFailure(run, []);
    expect(line).toBe(
      `api: the Gmail API took the whole message but did not answer within 5 s, so it may have been sent; it was not retried, to avoid sending it twice. Check the Sent folder of ${USER} before running the job again.`,
    );
    expect(gmail.requests).toHaveLength(1);
    expect(gmail.requests[0]!.bodyBytes).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/Retrying in/);
    // Wait out a late retry, should one have been started after all.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gmail.requests).toHaveLength(1);
    expect(gmail.received).toHaveLength(0);
  });
});
