// A Gmail API request that stalls (the server takes the upload and never answers) is abandoned
// after a bounded time without progress and retried within `timeout-seconds`, instead of holding
// the whole budget; when it never answers, the step ends in one line that says what to do.

import { describe, expect, it } from 'vitest';
import { type RunningGmailApiServer, startGmailApiServer } from '../servers/gmail-api.mjs';
import { ACCESS_TOKEN, E2E_TIMEOUT_MS, expectFailure, expectNoStackTrace, fixture, USER } from './fixture.js';

async function apiServer(
  faults: { hang: true; times?: number },
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
  it('once: abandoned, retried within timeout-seconds, delivered once', async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const gmail = await apiServer({ hang: true, times: 1 }, onTestFinished);
    // 20 s: a request may stall for 5 s (a quarter of it, at least 5 s) before it is abandoned.
    const run = await f.run({ inputs: apiInputs(gmail, { 'timeout-seconds': '20', retries: '2' }) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(run.durationMs).toBeLessThan(15_000);
    expect(gmail.requests).toHaveLength(2);
    expect(gmail.received).toHaveLength(1);
    expect(run.stdout).toMatch(/Attempt 1 failed: api: .*no answer .* 5 s/);
    expectNoStackTrace(run);
  });

  it('always: retried, then one line that says what to do', async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const gmail = await apiServer({ hang: true }, onTestFinished);
    const run = await f.run({ inputs: apiInputs(gmail, { 'timeout-seconds': '14', retries: '3' }) });
    expectFailure(run, ['api: ', 'no answer', 'run the job again later', '`gmail-api-url`']);
    // 5 s per stalled attempt, backoff between: at least two attempts fit in 14 s.
    expect(gmail.requests.length).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/Attempt 1 failed: api: .*stalled/);
    expect(gmail.received).toHaveLength(0);
    expect(run.durationMs).toBeLessThan(19_000);
  });
});
