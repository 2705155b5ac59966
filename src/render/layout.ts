import { escapeHtml } from './escape.js';

/** How the card looks: an accent colour along its top edge (the run's status). */
export interface LayoutOptions {
  accent?: string;
  /** Already-safe HTML shown under the card, in small print. */
  footerHtml?: string;
  /** Plain text shown in the inbox list after the subject; never rendered visibly. */
  preheader?: string;
}

/**
 * Wraps body HTML in a Gmail-friendly document: inline styles only (Gmail drops many <style>
 * rules), one centred column at most 600 px wide that shrinks to the phone's width.
 */
export function emailDocument(bodyHtml: string, title: string, options: LayoutOptions = {}): string {
  const accent = /^#[0-9a-f]{3,8}$/i.test(options.accent ?? '') ? options.accent : '#d0d7de';
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light only">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f6f8fa;-webkit-text-size-adjust:100%;">',
    options.preheader
      ? `<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(options.preheader)}</div>`
      : '',
    '<div style="max-width:600px;margin:0 auto;padding:16px 12px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">',
    `<div style="background:#ffffff;border:1px solid #d0d7de;border-top:4px solid ${accent};border-radius:8px;padding:20px;word-wrap:break-word;overflow-wrap:anywhere;">`,
    bodyHtml,
    '</div>',
    options.footerHtml
      ? `<div style="padding:12px 4px;font-size:12px;line-height:1.5;color:#656d76;">${options.footerHtml}</div>`
      : '',
    '</div></body></html>',
  ].join('\n');
}
