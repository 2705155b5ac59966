import { expect } from 'vitest';
import { DeliveryError } from '../../src/errors.js';

/** A DeliveryError of `stage`, on one line that starts with the stage. */
export function expectOneClearLine(err: DeliveryError, stage: string): void {
  expect(err).toBeInstanceOf(DeliveryError);
  expect(err.stage).toBe(stage);
  expect(err.message.startsWith(`${stage}: `)).toBe(true);
  expect(err.message).not.toMatch(/[\r\n]/);
}
