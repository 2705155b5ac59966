/** Masking of secret inputs the moment they are read. */
import { maskValues } from '../core.js';
import { encodedForms } from '../secrets.js';
import type { InputSource } from './types.js';

/** Masks a secret, and each line of a multi-line one, so no log line can show it. */
export function maskSecret(source: InputSource, secret: string): void {
  for (const value of maskValues(secret)) source.setSecret(value);
  // A server may echo it form-encoded (a token request's body): those forms are masked too.
  if (secret.trim() && !/[\r\n]/.test(secret))
    for (const form of encodedForms(secret)) source.setSecret(form);
}

/** The source with each secret announced once, however many inputs or forms share it. */
export function maskingOnce(input: InputSource): InputSource {
  const masked = new Set<string>();
  return {
    getInput: (name, options) => input.getInput(name, options),
    setSecret: (secret) => {
      if (masked.has(secret)) return;
      masked.add(secret);
      input.setSecret(secret);
    },
  };
}
