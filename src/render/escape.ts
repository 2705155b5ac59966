/**
 * HTML escaping and the URL check with no dependencies, so the step summary, the layout and the
 * placeholders (slots.ts) can use them without loading the Markdown engine into every run: it is
 * loaded only for a message that has Markdown in it (see content.ts).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * True for a URL a recipient may safely follow: an absolute http(s) or mailto URL. Browsers ignore
 * tabs, line breaks and leading control characters in URLs, so those are removed before looking
 * at the scheme (`java\nscript:` is still javascript).
 */
export function isSafeUrl(href: string): boolean {
  const h = href.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return /^(https?:\/\/[^/]|mailto:)/.test(h);
}
