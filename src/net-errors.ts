/**
 * What SMTP and HTTPS failures have in common: the fields their errors carry, the certificate
 * failures, and a Google host name the runner could not resolve.
 */
import { DeliveryError, type Stage } from './errors.js';

/** The fields nodemailer, node:net and fetch put on their errors that we read. */
export interface SocketishError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
  /** nodemailer: the system or OpenSSL code, when it replaced it with its own (ESOCKET). */
  originalCode?: string;
  /** nodemailer, every recipient refused: their addresses and each one's RCPT TO error. */
  rejected?: string[];
  rejectedErrors?: Array<{ recipient?: string; response?: string; responseCode?: number }>;
}

/** The system codes of a certificate that could not be verified. */
export const TLS_CODES: ReadonlySet<string> = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

/** ENOTFOUND for a name that exists: the runner cannot resolve names, so it is worth another try. */
export function unresolvableGoogleHost(stage: Stage, host: string, code: string): DeliveryError {
  return new DeliveryError(
    stage,
    `${stage}: the runner could not resolve ${host} (${code}): its DNS or network is failing, not the input. Check the runner's network; run the job again.`,
    true,
  );
}
