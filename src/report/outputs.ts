import { Output } from '../inputs/names.js';
import type { Outcome } from './outcome.js';

/** The part of @actions/core that reporting needs. */
export interface Reporter {
  setOutput(name: string, value: string): void;
}

/** Writes every output, always, so later steps can rely on them. */
export function writeOutputs(out: Reporter, o: Outcome): void {
  out.setOutput(Output.Sent, String(o.sent));
  out.setOutput(Output.SkippedReason, o.skippedReason ?? '');
  out.setOutput(Output.MessageId, o.message?.messageId ?? '');
  out.setOutput(Output.Accepted, o.accepted.join(','));
  out.setOutput(Output.Rejected, o.rejected.join(','));
  out.setOutput(Output.Subject, o.message?.subject ?? '');
  out.setOutput(Output.EmlPath, o.emlPath ?? '');
  out.setOutput(Output.GmailId, o.gmailId ?? '');
  out.setOutput(Output.ThreadId, o.threadId ?? '');
}
