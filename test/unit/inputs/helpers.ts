// Shared by the inputs/ tests: a plain InputSource, a valid base, and the one-line error checks.
import { expect } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { getSettings, type InputSource, type Settings } from '../../../src/inputs/index.js';

export const APP_PASSWORD_SPACED = 'abcd efgh ijkl mnop';
export const APP_PASSWORD = 'abcdefghijklmnop';

/** A plain InputSource: inputs by name, and every value handed to setSecret. */
export function source(inputs: Record<string, string>): InputSource & { secrets: string[] } {
  const secrets: string[] = [];
  return {
    secrets,
    getInput: (name) => inputs[name] ?? '',
    setSecret: (secret) => {
      secrets.push(secret);
    },
  };
}

export const BASE = {
  username: 'ci-bot@example.com',
  'app-password': APP_PASSWORD_SPACED,
  to: 'team@example.com',
};

export function settings(inputs: Record<string, string>): Settings {
  return getSettings(source(inputs));
}

/** The InputError thrown for these inputs (fails the test when none is thrown). */
export function inputError(inputs: Record<string, string>): InputError {
  try {
    getSettings(source(inputs));
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

export function expectOneLine(err: InputError, input: string): void {
  expect(err.message).not.toMatch(/\n/);
  expect(err.input).toBe(input);
  // Named in backticks, e.g. `smtp-port` or `smtp-security: none`.
  expect(err.message).toMatch(new RegExp(`\`${input}[\`:]`));
}
