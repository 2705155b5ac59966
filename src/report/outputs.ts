import type { Outcome } from './outcome.js';

/** The part of @actions/core that reporting needs. */
export interface Reporter {
  setOutput(name: string, value: string): void;
}

/** Writes every output, always, so later steps can rely on them. */
export function writeOutputs(out: Reporter, o: Outcome): void {
  out.setOutput('sent', String(o.sent));
  out.setOutput('skipped-reason', o.skippedReason ?? '');
  out.setOutput('message-id', o.message?.messageId ?? '');
  out.setOutput('accepted', o.accepted.join(','));
  out.setOutput('rejected', o.rejected.join(','));
  out.setOutput('subject', o.message?.subject ?? '');
  out.setOutput('eml-path', o.emlPath ?? '');
  out.setOutput('gmail-id', o.gmailId ?? '');
  out.setOutput('thread-id', o.threadId ?? '');
}
