/** Close-match suggestions for "did you mean" hints in error lines. Pure; no dependencies. */

/** Levenshtein distance: insertions, deletions and substitutions each count 1. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The allowed word a mistyped `value` most likely meant, if one is close: a word it shortens or
 * extends (`fix`, `failed` → `failure` shares `fail`), else the nearest by edit distance within a
 * third of its length (at least 1: `canceled` → `cancelled`).
 */
export function closestWord(value: string, allowed: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  if (v.length < 3) return undefined;
  const sharedPrefix = (w: string): number => {
    let n = 0;
    while (n < v.length && n < w.length && v[n] === w[n]) n++;
    return n;
  };
  const byPrefix = allowed
    .map((w) => ({ w, n: sharedPrefix(w) }))
    .filter(({ w, n }) => n === v.length || n === w.length || n >= 4)
    .sort((a, b) => b.n - a.n)[0];
  if (byPrefix) return byPrefix.w;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(v.length / 3)) + 1;
  for (const w of allowed) {
    const d = editDistance(v, w);
    if (d < bestDistance) {
      best = w;
      bestDistance = d;
    }
  }
  return best;
}

/** ` Did you mean "x"?` for an error line, or nothing. */
export function didYouMean(value: string, allowed: readonly string[]): string {
  const word = closestWord(value.trim(), allowed);
  return word ? ` Did you mean "${word}"?` : '';
}
