// Exercises the local Gmail API endpoint directly with fetch: the three ways of sending a whole
// message (media upload, multipart upload, JSON raw), the Bearer and scope checks, and the faults.

import { afterEach, describe, expect, it } from 'vitest';
import { until, untilSteady } from '../until.js';
import { GMAIL_API_ERRORS, type RunningGmailApiServer, startGmailApiServer } from './gmail-api.mjs';

const USER = 'ci-bot@example.com';
const TOKEN = 'ya29.a0-gmail-api-server-test-token';
const NARROW_TOKEN = 'ya29.a0-userinfo-only-token';
const RAW = Buffer.from(
  'From: ci-bot@example.com\r\nTo: team@example.com\r\nSubject: Build failed\r\nMessage-ID: <a@b>\r\n\r\nSee the run.\r\n',
);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function server(
  options: Parameters<typeof startGmailApiServer>[0] = {},
): Promise<RunningGmailApiServer> {
  const s = await startGmailApiServer({
    tokens: {
      [TOKEN]: { user: USER },
      [NARROW_TOKEN]: { user: USER, scopes: ['https://www.googleapis.com/auth/userinfo.email'] },
    },
    ...options,
  });
  cleanups.push(() => s.close());
  return s;
}

function post(
  s: RunningGmailApiServer,
  path: string,
  body: Buffer | string,
  contentType: string,
  token = TOKEN,
): Promise<Response> {
  return fetch(`${s.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });
}

const MEDIA = '/upload/gmail/v1/users/me/messages/send?uploadType=media';

describe('Gmail API server', () => {
  it('accepts a media upload and answers with id, threadId and labelIds', async () => {
    const s = await server();
    const res = await post(s, MEDIA, RAW, 'message/rfc822');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; threadId: string; labelIds: string[] };
    expect(body.labelIds).toEqual(['SENT']);
    expect(s.received).toHaveLength(1);
    expect(s.received[0]).toMatchObject({
      id: body.id,
      threadId: body.id,
      form: 'media',
      userId: 'me',
      user: USER,
    });
    expect(s.received[0]!.raw.equals(RAW)).toBe(true);
  });

  it('accepts a multipart/related upload (JSON metadata + message/rfc822) and keeps its threadId', async () => {
    const s = await server();
    const boundary = 'gmail_notify_boundary_42';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"threadId":"18f0000thread"}\r\n--${boundary}\r\nContent-Type: message/rfc822\r\n\r\n`,
      ),
      RAW,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await post(
      s,
      '/upload/gmail/v1/users/me/messages/send?uploadType=multipart',
      body,
      `multipart/related; boundary=${boundary}`,
    );
    expect(res.status).toBe(200);
    expect(s.received[0]).toMatchObject({ form: 'multipart', threadId: '18f0000thread' });
    expect(s.received[0]!.raw.equals(RAW)).toBe(true);
  });

  it('accepts the JSON form with a base64url raw message', async () => {
    const s = await server();
    const res = await post(
      s,
      `/gmail/v1/users/${encodeURIComponent(USER)}/messages/send`,
      JSON.stringify({ raw: RAW.toString('base64url') }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(s.received[0]).toMatchObject({ form: 'json', userId: USER });
    expect(s.received[0]!.raw.equals(RAW)).toBe(true);
  });

  it('answers 401 authError for an unknown or missing token', async () => {
    const s = await server();
    const res = await post(s, MEDIA, RAW, 'message/rfc822', 'ya29.unknown-token-000');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(GMAIL_API_ERRORS.invalidCredentials);
    const bare = await fetch(`${s.url}${MEDIA}`, { method: 'POST', body: RAW });
    expect(bare.status).toBe(401);
    expect(s.requests.map((r) => r.bearer)).toEqual([true, false]);
    expect(s.received).toHaveLength(0);
  });

  it('answers 403 insufficientPermissions for a token without a send scope', async () => {
    const s = await server();
    const res = await post(s, MEDIA, RAW, 'message/rfc822', NARROW_TOKEN);
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toContain('insufficient_scope');
    expect(((await res.json()) as typeof GMAIL_API_ERRORS.insufficientScope).error.errors[0]!.reason).toBe(
      'insufficientPermissions',
    );
  });

  it('plays scripted faults in order, with Retry-After, then behaves normally', async () => {
    const s = await server({
      faults: [
        { status: 429, times: 1, retryAfter: 3 },
        { status: 500, times: 1 },
      ],
    });
    const first = await post(s, MEDIA, RAW, 'message/rfc822');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect((await post(s, MEDIA, RAW, 'message/rfc822')).status).toBe(500);
    expect((await post(s, MEDIA, RAW, 'message/rfc822')).status).toBe(200);
    expect(s.requests.map((r) => [r.status, r.reason ?? ''])).toEqual([
      [429, 'rateLimitExceeded'],
      [500, 'backendError'],
      [200, ''],
    ]);
  });

  it('hangs after reading the whole body, or before reading any of it', async () => {
    const s = await server({
      faults: [
        { hang: true, when: 'after-body', times: 1 },
        { hang: true, when: 'before-body', times: 1 },
      ],
    });
    // Streamed in 64 KiB chunks, counting what fetch takes, as the action uploads.
    const total = 16 * 1024 * 1024;
    const streamed = (counter: { taken: number }): ReadableStream<Uint8Array> =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (counter.taken >= total) return controller.close();
            const chunk = new Uint8Array(Math.min(65536, total - counter.taken)).fill(97);
            counter.taken += chunk.length;
            controller.enqueue(chunk);
          },
        },
        { highWaterMark: 0 },
      );
    const upload = (counter: { taken: number }, signal: AbortSignal): Promise<Response> =>
      fetch(`${s.url}${MEDIA}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822' },
        body: streamed(counter),
        duplex: 'half',
        signal,
      } as RequestInit & { duplex: 'half' });

    // After the body: the server reads all of it, then never answers; the client stops waiting.
    const after = { taken: 0 };
    const stopAfter = new AbortController();
    let afterSettled = false;
    const afterUpload = upload(after, stopAfter.signal).finally(() => {
      afterSettled = true;
    });
    await until(() => s.requests[0]?.bodyBytes === total);
    expect(afterSettled).toBe(false); // read to the end, and still no answer
    stopAfter.abort();
    await expect(afterUpload).rejects.toThrow();
    expect(after.taken).toBe(total);
    expect(s.requests[0]).toMatchObject({ fault: true, bodyBytes: total, status: 0 });

    // Before the body: the server never reads, so the upload stalls once the socket buffers are full.
    const before = { taken: 0 };
    const stopBefore = new AbortController();
    const beforeUpload = upload(before, stopBefore.signal);
    await until(() => s.requests[1] !== undefined);
    await untilSteady(() => before.taken);
    stopBefore.abort();
    await expect(beforeUpload).rejects.toThrow();
    // Only what the socket buffers hold: far from the whole body.
    expect(before.taken).toBeLessThan(total / 2);
    expect(s.requests[1]).toMatchObject({ fault: true, status: 0 });
    expect(s.requests[1]!.bodyBytes).toBeUndefined();
    expect(s.received).toHaveLength(0);
  });

  it('refuses a message without recipients, a wrong media type and an oversized upload', async () => {
    const s = await server({ maxUploadBytes: 1000 });
    const noRecipient = Buffer.from('From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n');
    expect((await post(s, MEDIA, noRecipient, 'message/rfc822')).status).toBe(400);
    expect((await post(s, MEDIA, RAW, 'text/plain')).status).toBe(400);
    const big = Buffer.concat([RAW, Buffer.alloc(2000, 'a')]);
    expect((await post(s, MEDIA, big, 'message/rfc822')).status).toBe(413);
    expect(s.received).toHaveLength(0);
  });

  it('serves HTTPS with the test certificate', async () => {
    const s = await server({ https: true });
    expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });
});
