import { escapeHtml } from './markdown.js';

/**
 * Wraps body HTML in a Gmail-friendly document: inline styles only (Gmail drops most <style>),
 * a single centred column about 600 px wide that shrinks on phones.
 */
export function emailDocument(bodyHtml: string, title: string, footerHtml = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f6f8fa;">',
    '<div style="max-width:600px;margin:0 auto;padding:16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">',
    '<div style="background:#ffffff;border:1px solid #d0d7de;border-radius:8px;padding:20px;word-wrap:break-word;overflow-wrap:anywhere;">',
    bodyHtml,
    '</div>',
    footerHtml ? `<div style="padding:12px 4px;font-size:12px;color:#656d76;">${footerHtml}</div>` : '',
    '</div></body></html>',
  ].join('\n');
}
