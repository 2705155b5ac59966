/**
 * The secrets this run knows, so text can have them replaced before it is cut short: the runner
 * masks a secret only where it appears whole, and the first 200 characters of a server's reply
 * may end in the middle of one (issue 13). Every value given to setSecret is remembered here too.
 */

const known = new Set<string>();

/** Shorter values are not replaced on their own (they would replace ordinary words). */
const MIN_SECRET = 4;

/** Remembers a secret (and so each of its forms given separately) for redactSecrets. */
export function rememberSecret(secret: string): void {
  if (secret.length >= MIN_SECRET) known.add(secret);
}

/** Text with every remembered secret replaced by `***`, as the runner's masking shows it. */
export function redactSecrets(text: string): string {
  if (!known.size || !text) return text;
  let out = text;
  // Longest first: a secret that holds another is replaced whole.
  for (const secret of [...known].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join('***');
  }
  return out;
}

/** Forgets every secret (tests). */
export function forgetSecrets(): void {
  known.clear();
}

/** Percent-encodes as HTML forms do (`application/x-www-form-urlencoded`): space as `+`. */
function formEncoded(secret: string): string {
  return new URLSearchParams({ x: secret }).toString().slice(2);
}

/**
 * The forms a server may echo a secret in besides the secret itself: percent-encoded as a form
 * body (how token requests send it), as encodeURIComponent writes it, and with every one of
 * `~*!'()` escaped too (what stricter encoders write). Only forms that differ from the secret.
 */
export function encodedForms(secret: string): string[] {
  const strict = encodeURIComponent(secret).replace(
    /[~*!'()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const forms = [formEncoded(secret), encodeURIComponent(secret), strict, strict.replace(/%20/g, '+')];
  return [...new Set(forms)].filter((f) => f !== secret);
}
