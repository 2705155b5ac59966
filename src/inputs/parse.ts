/** Parse helpers shared by the input readers: lists, enums, booleans, numbers, endpoint URLs. */
import { InputError } from '../errors.js';
import { isLoopback } from '../hosts.js';
import { didYouMean } from './suggest.js';

/** Splits a list input on commas, semicolons and newlines; blank entries dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One of `allowed` (case-insensitive), `fallback` when empty; anything else names the input. */
export function oneOf<T extends string>(input: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase();
  if (!v) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(
    input,
    `Input \`${input}\` must be one of ${allowed.join(', ')}; got "${value.trim().slice(0, 60)}".${didYouMean(v, allowed)}`,
  );
}

/** true/yes/on/1 or false/no/off/0, `fallback` when empty. */
export function bool(input: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(
    input,
    `Input \`${input}\` must be true or false; got "${value.trim().slice(0, 60)}".`,
  );
}

/** A whole number from `min` to `max`, `fallback` when empty. */
export function int(input: string, value: string, fallback: number, min: number, max: number): number {
  const v = value.trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(
      input,
      `Input \`${input}\` must be a whole number from ${min} to ${max}; got "${v.slice(0, 60)}".`,
    );
  }
  return Number(v);
}

/** https URL, or http on a loopback host (tests, local providers); trailing slashes dropped. */
export function endpointUrl(input: string, value: string, fallback: string): string {
  const v = value.trim() || fallback;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new InputError(
      input,
      `Input \`${input}\` must be a URL like ${fallback}; got "${v.slice(0, 80)}".`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new InputError(
      input,
      `Input \`${input}\` must be an https:// URL (plain http is allowed only on loopback); got "${v.slice(0, 80)}".`,
    );
  }
  return v.replace(/\/+$/, '');
}
