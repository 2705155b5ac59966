/**
 * The runner seam: the part of @actions/core the action uses, as a type. `run()` is handed
 * @actions/core itself (src/index.ts) or, in unit tests, the fake in test/__fixtures__/core.ts.
 */

import type * as actionsCore from '@actions/core';
import { rememberSecret } from './secrets.js';

/** The step summary as the action writes it: raw Markdown appended, then written once. */
export interface SummaryBuffer {
  addRaw(text: string, addEOL?: boolean): SummaryBuffer;
  write(options?: { overwrite?: boolean }): Promise<SummaryBuffer>;
}

/** The @actions/core surface the action uses: inputs, masking, outputs, annotations, logging, summary. */
export type Core = Pick<
  typeof actionsCore,
  'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'warning' | 'notice' | 'info' | 'debug'
> & { readonly summary: SummaryBuffer };

/** Lines of a multi-line secret shorter than this are not masked on their own (`}` would mask every brace). */
export const MIN_MASKED_LINE = 4;

/**
 * The values to mask for one secret: the whole value, then each line of a multi-line one (the runner
 * matches masks within a line, so a PEM key masked whole would still show line by line).
 */
export function maskValues(secret: string): string[] {
  if (!secret.trim()) return [];
  const values = [secret];
  if (/[\r\n]/.test(secret)) {
    for (const line of secret.split(/\r?\n|\r/)) {
      const t = line.trim();
      if (t.length >= MIN_MASKED_LINE && !values.includes(t)) values.push(t);
    }
  }
  return values;
}

/**
 * The same core, with `setSecret` masking a multi-line secret line by line (maskValues) and each
 * value once: @actions/core registers exactly the string it is given.
 */
export function withLineMasking(core: Core): Core {
  const masked = new Set<string>();
  return {
    getInput: (name, options) => core.getInput(name, options),
    setSecret: (secret) => {
      for (const value of maskValues(String(secret))) {
        if (masked.has(value)) continue;
        masked.add(value);
        // Also replaced in outside text before it is cut short (oneLine, secrets.ts).
        rememberSecret(value);
        core.setSecret(value);
      }
    },
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    warning: (message, properties) => core.warning(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    get summary() {
      return core.summary;
    },
  };
}
