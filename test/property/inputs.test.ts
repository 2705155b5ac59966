// Property 2 (in process): any input map either yields a well-formed message or fails with one
// clear line naming the input (an InputError whose one-line message names it in backticks). Any
// other exception (a TypeError from an odd value) is a defect. Runs the real getSettings,
// attachment lookup, rendering and composition, then parses the message with mailparser.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { type AddressObject, simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/context.js';
import { InputError } from '../../src/errors.js';
import { getSettings } from '../../src/inputs/index.js';
import { findAttachments } from '../../src/render/attachments.js';
import { renderContent } from '../../src/render/content.js';
import { composeMessage } from '../../src/render/message.js';
import { runnerEnv } from '../unit/render/helpers.js';
import { fcOptions, NUM_RUNS } from './fc-config.js';
import { INPUT_NAMES, inputMaps } from './input-arbitraries.js';

const root = mkdtempSync(join(tmpdir(), 'gmail-notify-prop-inputs-'));
const workspace = join(root, 'ws');
const runnerTemp = join(root, 'temp');
mkdirSync(join(workspace, 'dist'), { recursive: true });
mkdirSync(runnerTemp, { recursive: true });
writeFileSync(join(workspace, 'README.md'), '# Hello {{ actor }}\n');
writeFileSync(join(workspace, 'notes.txt'), 'notes');
writeFileSync(join(workspace, 'dist', 'a.txt'), 'a');
writeFileSync(join(root, 'outside.md'), 'outside');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The event is the JSON below, never read from GITHUB_EVENT_PATH.
const env = runnerEnv('push', 'push', { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });
const event = JSON.stringify({
  ref: 'refs/heads/main',
  head_commit: { id: env.GITHUB_SHA, message: 'Fix it', author: { name: 'Mona', email: 'm@example.com' } },
});

const BASE: Record<string, string> = {
  username: 'ci-bot@example.com',
  'app-password': 'qzxv wbnm plok ijuh',
  to: 'dev@example.com',
};

type Outcome = { kind: 'sent'; recipients: number } | { kind: 'refused'; input: string };

/** What the action does with these inputs up to the point of sending, in process. */
async function attempt(inputs: Record<string, string>): Promise<Outcome> {
  const masked: string[] = [];
  const settings = getSettings({
    // As the runner's getInput: trimmed.
    getInput: (name) => (inputs[name] ?? '').trim(),
    setSecret: (s) => masked.push(s),
  });
  const ctx = readRunContext(env, () => event);
  const found = await findAttachments(
    settings.attachments,
    { workspace, runnerTemp },
    settings.transport,
    settings.ifNoFilesFound,
  );
  const content = await renderContent(settings, ctx, { failed_jobs: [] }, env);
  const message = composeMessage(settings, ctx, content, found.files);
  const chunks: Buffer[] = [];
  for await (const chunk of message.createStream()) chunks.push(chunk as Buffer);
  const mail = await simpleParser(Buffer.concat(chunks));
  // Well-formed: sender, subject on one line, the Message-ID we report, the recipients we validated.
  expect(mail.from?.value[0]?.address).toBe((settings.from ?? { address: settings.username }).address);
  expect(mail.subject ?? '').not.toMatch(/[\r\n]/);
  expect(mail.messageId).toBe(message.messageId);
  const listed = (f: AddressObject | AddressObject[] | undefined): string[] =>
    (f === undefined ? [] : Array.isArray(f) ? f : [f]).flatMap((o) => o.value.map((a) => a.address ?? ''));
  // Unicode domains travel as punycode (IDNA): compared in that form.
  const ascii = (a: string): string => {
    const at = a.lastIndexOf('@');
    return `${a.slice(0, at)}@${domainToASCII(a.slice(at + 1)) || a.slice(at + 1)}`.toLowerCase();
  };
  const all = (list: string[]): string[] => list.map(ascii);
  expect(all(listed(mail.to))).toEqual(all(settings.to.map((m) => m.address)));
  expect(all(listed(mail.cc))).toEqual(all(settings.cc.map((m) => m.address)));
  expect(new Set(all(message.envelope.to))).toEqual(
    new Set(all([...settings.to, ...settings.cc, ...settings.bcc].map((m) => m.address))),
  );
  return { kind: 'sent', recipients: message.envelope.to.length };
}

describe('property: any input sends a well-formed message or fails with one line naming it', () => {
  it(`${NUM_RUNS} generated input maps`, async () => {
    const tally = { sent: 0, refused: 0 };
    const namedInputs = new Set<string>();
    await fc.assert(
      fc.asyncProperty(inputMaps(), async (generated) => {
        const inputs = { ...BASE, ...generated };
        let outcome: Outcome;
        try {
          outcome = await attempt(inputs);
        } catch (err) {
          // Only InputError is an acceptable failure before sending; anything else is a defect.
          if (!(err instanceof InputError)) throw err;
          expect(err.message).not.toMatch(/[\r\n\u2028\u2029]/);
          expect(INPUT_NAMES).toContain(err.input);
          // Named in backticks, alone (`to`) or with the value given (`smtp-security: none`).
          expect(err.message.includes(`\`${err.input}\``) || err.message.includes(`\`${err.input}: `)).toBe(
            true,
          );
          expect(err.message).not.toMatch(/^\s+at /m);
          outcome = { kind: 'refused', input: err.input };
        }
        tally[outcome.kind]++;
        if (outcome.kind === 'refused') namedInputs.add(outcome.input);
      }),
      { ...fcOptions(), timeout: 10_000 },
    );
    // Both branches must really be exercised, or the property proves little.
    expect(tally.sent).toBeGreaterThan(NUM_RUNS / 20);
    expect(tally.refused).toBeGreaterThan(NUM_RUNS / 4);
    expect(namedInputs.size).toBeGreaterThan(8);
  });
});
