// The run's secrets, so outside text can have them replaced before it is cut short: the runner
// masks only whole secrets, and a cut reply may end inside one (issue 13).

const known = new Set<string>();

/** Remembers a secret (4 characters or more) for redactSecrets. */
export function rememberSecret(secret: string): void {
  if (secret.length >= 4) known.add(secret);
}

/** Text with every remembered secret replaced by `***`, longest first. */
export function redactSecrets(text: string): string {
  if (!known.size || !text) return text;
  let out = text;
  for (const secret of [...known].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}

/** Forgets every secret (tests). */
export function forgetSecrets(): void {
  known.clear();
}

/**
 * Forms a server may echo a secret in: as a form body (how token requests send it), as
 * encodeURIComponent writes it, and with `~*!'()` escaped too; only those that differ from it.
 */
export function encodedForms(secret: string): string[] {
  const strict = encodeURIComponent(secret).replace(
    /[~*!'()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const form = new URLSearchParams({ x: secret }).toString().slice(2);
  const forms = [form, encodeURIComponent(secret), strict, strict.replace(/%20/g, '+')];
  return [...new Set(forms)].filter((f) => f !== secret);
}
