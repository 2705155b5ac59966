import { DeliveryError, oneLine, type Refusal } from '../errors.js';
import type { OutgoingMessage } from '../render/message.js';
import { oneLineReply, replyCodes } from './smtp-replies.js';

/** A 4xx at RCPT TO: the server may take the message for this recipient later. */
export function isDeferral(r: Refusal): boolean {
  return r.code >= 400 && r.code < 500;
}

const key = (address: string): string => address.toLowerCase();

/**
 * What became of each recipient of one message over all its SMTP attempts: accepted (never sent
 * again), refused for good (5xx, never asked again) or deferred (4xx, asked again on the next
 * attempt). Lists keep the order of the original envelope.
 */
export class RecipientLedger {
  private readonly order: string[];
  private readonly acceptedBy = new Set<string>();
  private readonly refusedBy = new Map<string, Refusal>();
  private readonly deferredBy = new Map<string, Refusal>();

  constructor(recipients: readonly string[]) {
    // Each address once, as first spelled.
    const first = new Map<string, string>();
    for (const r of recipients) if (!first.has(key(r))) first.set(key(r), r);
    this.order = [...first.values()];
  }

  /** The outcome of one attempt's envelope: who accepted it, who was refused and how. */
  record(accepted: readonly string[], refusals: readonly Refusal[]): void {
    for (const a of accepted) {
      this.acceptedBy.add(key(a));
      this.deferredBy.delete(key(a));
    }
    for (const r of refusals) {
      const k = key(r.recipient);
      if (this.acceptedBy.has(k)) continue;
      if (isDeferral(r)) {
        this.deferredBy.set(k, r);
      } else {
        this.deferredBy.delete(k);
        this.refusedBy.set(k, r);
      }
    }
  }

  private pick(has: (k: string) => boolean): string[] {
    return this.order.filter((r) => has(key(r)));
  }

  /** Everyone who accepted the message, over every attempt. */
  get accepted(): string[] {
    return this.pick((k) => this.acceptedBy.has(k));
  }

  /** Whom the next attempt goes to: everyone not yet accepted nor refused for good. */
  get pending(): string[] {
    return this.pick((k) => !this.acceptedBy.has(k) && !this.refusedBy.has(k));
  }

  /** Whether nobody has been accepted or refused for good yet (the next attempt is the whole message). */
  get untouched(): boolean {
    return this.acceptedBy.size === 0 && this.refusedBy.size === 0;
  }

  /** Recipients whose last answer was a 4xx, with that answer. */
  get deferred(): Refusal[] {
    return this.pick((k) => this.deferredBy.has(k)).map((r) => this.deferredBy.get(key(r))!);
  }

  /** Recipients refused for good (5xx), with the answer. */
  get refused(): Refusal[] {
    return this.pick((k) => this.refusedBy.has(k)).map((r) => this.refusedBy.get(key(r))!);
  }

  /** For the `rejected` output: refused for good, or still deferred. */
  get rejected(): string[] {
    return this.pick((k) => this.refusedBy.has(k) || this.deferredBy.has(k));
  }
}

/** The same message (same bytes, same Message-ID) with its envelope limited to `to`; headers unchanged. */
export function withEnvelopeTo(message: OutgoingMessage, to: readonly string[]): OutgoingMessage {
  return {
    messageId: message.messageId,
    envelope: { from: message.envelope.from, to: [...to] },
    createStream: (options) => message.createStream(options),
  };
}

/** `b@example.com (450-4.2.1), c@example.com (550-5.1.1)`. */
export function listRefusals(refusals: readonly Refusal[]): string {
  return refusals.map((r) => `${r.recipient} (${replyCodes(r.reply) || r.code})`).join(', ');
}

/** The transient failure of an attempt that left some recipients deferred while others accepted it. */
export function deferralError(where: string, deferred: readonly Refusal[]): DeliveryError {
  const said = deferred[0]?.reply ? ` Server said: "${oneLine(oneLineReply(deferred[0].reply), 300)}".` : '';
  return new DeliveryError(
    'send',
    `send: ${where} deferred ${deferred.length} recipient(s) (4xx): ${listRefusals(deferred)}.${said}`,
    true,
    undefined,
    deferred.map((r) => r.recipient),
    deferred,
  );
}

/**
 * The one warning of a message that reached some of its recipients but not all: those refused for
 * good (5xx), and those still deferred (4xx) when retries or time ran out. Undefined when everyone
 * received it.
 */
export function undeliveredWarning(
  refused: readonly Refusal[],
  deferred?: { refusals: readonly Refusal[]; attempts: number; why: string },
): string | undefined {
  const parts: string[] = [];
  if (refused.length)
    parts.push(`The server refused ${refused.length} recipient(s): ${listRefusals(refused)}.`);
  if (deferred?.refusals.length) {
    const n = deferred.attempts;
    parts.push(
      `The server deferred (4xx) ${deferred.refusals.length} recipient(s), still not delivered after ${n} attempt${n === 1 ? '' : 's'} (${deferred.why}): ${listRefusals(deferred.refusals)}.`,
    );
  }
  if (!parts.length) return undefined;
  return `${parts.join(' ')} The others received the message.`;
}
