import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import type { Mailbox } from '../addresses.js';
import { type RunContext, reportedRun } from '../context.js';
import { isGmailSmtpHost } from '../hosts.js';
import type { Settings } from '../inputs/index.js';
import type { RenderedContent } from './content.js';

/** A rendered message ready for any transport. */
export interface OutgoingMessage {
  /** The Message-ID header value, with its angle brackets; the same on every attempt. */
  messageId: string;
  envelope: { from: string; to: string[] };
  /**
   * A fresh stream of the exact RFC 5322 bytes; called once per attempt, so nothing is held whole in
   * memory. `keepBcc` keeps the Bcc header: the Gmail API reads every recipient from the headers
   * (and keeps Bcc out of the copies it delivers). SMTP and the `.eml` never carry it.
   */
  createStream(options?: { keepBcc?: boolean }): Readable;
}

/** A file to attach, already resolved and checked. */
export interface AttachmentFile {
  path: string;
  filename: string;
  size: number;
}

/** A message ready to send, with what the outputs and summary report about it. */
export interface ComposedMessage extends OutgoingMessage {
  subject: string;
  from: Mailbox;
  recipients: string[];
  content: RenderedContent;
}

/** The default sender: a display name naming the repository, at the signed-in address. */
export function defaultFrom(settings: Settings, ctx: RunContext): Mailbox {
  return { name: `${ctx.repository || 'GitHub Actions'} via Gmail Notify`, address: settings.username };
}

/** MAIL FROM: Gmail's account, else the From address (a login such as `apikey` is no address). */
function envelopeFrom(settings: Settings, from: Mailbox): string {
  const gmail = settings.transport === 'gmail-api' || isGmailSmtpHost(settings.smtp.host);
  return gmail ? settings.username || from.address : from.address;
}

/** A new Message-ID in the sender's domain. */
export function newMessageId(fromAddress: string): string {
  const domain = fromAddress.split('@')[1] || 'gmail-notify.local';
  return `<${randomUUID()}@${domain}>`;
}

function listId(repository: string): string {
  const id = repository.replace(/[^A-Za-z0-9-]+/g, '.').replace(/^\.+|\.+$/g, '') || 'repository';
  return `${repository} <${id}.github.gmail-notify>`;
}

const EXACT_CASE = new Map(
  [
    'List-Id',
    'Message-ID',
    'MIME-Version',
    'Content-ID',
    'X-GitHub-Repository',
    'X-GitHub-Workflow',
    'X-GitHub-Event',
    'X-GitHub-Status',
    'X-GitHub-Run-URL',
    'X-Priority',
    'X-MSMail-Priority',
  ].map((k) => [k.toLowerCase(), k]),
);

/** Header names as recipients' filters expect them (`X-GitHub-Status`, not `X-Github-Status`). */
function headerKeyCase(extra: Map<string, string>): (key: string) => string {
  return (key) => {
    const clean = key.replace(/[\s\x00-\x20\x7f:]/g, '');
    const lower = clean.toLowerCase();
    return EXACT_CASE.get(lower) ?? extra.get(lower) ?? lower.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase());
  };
}

/** Header values must never carry a line break, whatever the event put in them. */
function headerValue(value: string): string {
  return protectEncodedWords(value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
}

/** Something a mail client would decode as an RFC 2047 encoded-word: `=?charset?B?` or `?Q?`. */
const ENCODED_WORD = /=\?[^?\s]*\?[bq]\?/i;
/** Bytes per encoded-word: 45 bytes make 60 base64 characters, a 72-character word (at most 75). */
const WORD_BYTES = 45;

/**
 * A value that holds what looks like an encoded-word (`=?utf-8?B?…?=`, a pull request title, say)
 * is encoded whole as UTF-8 encoded-words, so a mail client shows the characters as written instead
 * of decoding them into other text. nodemailer passes ASCII header text through unchanged (it only
 * encodes non-ASCII), so the words we build reach the message as they are; any other value is left
 * for nodemailer to encode.
 */
export function protectEncodedWords(value: string): string {
  if (!ENCODED_WORD.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char) > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
}

/** The headers mail clients read for `priority` (MailComposer alone does not add them). */
export function priorityHeaders(priority: Settings['priority']): Array<{ key: string; value: string }> {
  if (priority === 'high') {
    return [
      { key: 'X-Priority', value: '1 (Highest)' },
      { key: 'X-MSMail-Priority', value: 'High' },
      { key: 'Importance', value: 'High' },
    ];
  }
  if (priority === 'low') {
    return [
      { key: 'X-Priority', value: '5 (Lowest)' },
      { key: 'X-MSMail-Priority', value: 'Low' },
      { key: 'Importance', value: 'Low' },
    ];
  }
  return [];
}

/**
 * Builds the RFC 5322 message: addresses, filter headers (List-Id, X-GitHub-*), threading,
 * priority, both parts, attachments (streamed from disk on every attempt, never held whole).
 */
export function composeMessage(
  settings: Settings,
  ctx: RunContext,
  content: RenderedContent,
  attachments: AttachmentFile[],
  date: Date = new Date(),
): ComposedMessage {
  const from = settings.from ?? defaultFrom(settings, ctx);
  const messageId = newMessageId(from.address);
  // The run the message is about: for workflow_run the watched one, as in the subject and body.
  const run = reportedRun(ctx);
  const headers: Array<{ key: string; value: string }> = [
    { key: 'List-Id', value: headerValue(listId(ctx.repository)) },
    { key: 'X-GitHub-Repository', value: headerValue(ctx.repository) },
    { key: 'X-GitHub-Workflow', value: headerValue(run.workflow) },
    { key: 'X-GitHub-Event', value: headerValue(ctx.event_name) },
    { key: 'X-GitHub-Status', value: settings.status },
    { key: 'X-GitHub-Run-URL', value: headerValue(run.url) },
    ...priorityHeaders(settings.priority),
    // RFC 3834: autoresponders leave it alone. `headers` may override it.
    ...(settings.headers.some(([key]) => key.toLowerCase() === 'auto-submitted')
      ? []
      : [{ key: 'Auto-Submitted', value: 'auto-generated' }]),
    ...settings.headers.map(([key, value]) => ({ key, value: headerValue(value) })),
  ];
  const options: MailComposerOptions = {
    from,
    to: settings.to,
    cc: settings.cc,
    bcc: settings.bcc,
    replyTo: settings.replyTo.length ? settings.replyTo : undefined,
    subject: protectEncodedWords(content.subject),
    text: content.text,
    html: content.html,
    messageId,
    date,
    headers,
    inReplyTo: settings.inReplyTo,
    references: settings.inReplyTo,
    attachments: attachments.map((a) => ({ filename: a.filename, path: a.path })),
    textEncoding: 'quoted-printable',
    normalizeHeaderKey: headerKeyCase(new Map(settings.headers.map(([k]) => [k.toLowerCase(), k]))),
  };
  const envelopeNode = new MailComposer(options).compile();
  const envelope = envelopeNode.getEnvelope();
  const recipients = envelope.to;
  return {
    messageId,
    subject: content.subject,
    from,
    recipients,
    content,
    envelope: { from: envelopeFrom(settings, from), to: recipients },
    createStream: (stream) => {
      const node = new MailComposer(options).compile();
      node.keepBcc = stream?.keepBcc === true;
      return node.createReadStream();
    },
  };
}

/**
 * The message with its bytes built now, once, and kept in memory: for a message without attachments
 * (text and HTML, a few KB), composed while the SMTP server is still on its way to the greeting
 * rather than after it, and then written in one go on every attempt. A message with attachments is
 * not passed here: it is streamed from the files on each attempt.
 */
export async function withBytesBuilt(message: ComposedMessage): Promise<ComposedMessage> {
  const chunks: Buffer[] = [];
  for await (const chunk of message.createStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return {
    ...message,
    // Built without Bcc; a stream that keeps it (the Gmail API's) is composed afresh.
    createStream: (stream) =>
      stream?.keepBcc ? message.createStream(stream) : Readable.from([bytes], { objectMode: false }),
  };
}
