import { Marked, type Tokens } from 'marked';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only these link schemes survive; `javascript:`, `data:` and the like become plain text. */
export function isSafeUrl(href: string): boolean {
  const h = href.trim().toLowerCase();
  return /^(https?:|mailto:)/.test(h) || h.startsWith('#');
}

function buildMarked(trusted: boolean): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      // Raw HTML inside untrusted Markdown is shown as text, never interpreted.
      html(token: Tokens.HTML | Tokens.Tag): string | false {
        return trusted ? false : escapeHtml(token.text);
      },
      link(token: Tokens.Link): string | false {
        if (isSafeUrl(token.href)) return false;
        return this.parser.parseInline(token.tokens);
      },
      image(token: Tokens.Image): string | false {
        // Remote images in untrusted content could track readers; show the alt text instead.
        if (trusted && isSafeUrl(token.href)) return false;
        return escapeHtml(token.text);
      },
    },
  });
}

let trustedMarked: Marked | undefined;
let untrustedMarked: Marked | undefined;

/**
 * Markdown to HTML. `trusted` is for the workflow author's own template (raw HTML allowed);
 * untrusted Markdown (release notes, PR bodies) keeps formatting but no raw HTML, no unsafe links
 * and no remote images.
 */
export function markdownToHtml(markdown: string, trusted: boolean): string {
  if (trusted) {
    trustedMarked ??= buildMarked(true);
    return trustedMarked.parse(markdown, { async: false });
  }
  untrustedMarked ??= buildMarked(false);
  return untrustedMarked.parse(markdown, { async: false });
}
