import { InputError } from '../../src/errors.js';

/** The InputError a promise rejects with; any other outcome fails the test. */
export async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}
