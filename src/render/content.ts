import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { RunContext } from '../context.js';
import type { Enrichment } from '../enrich/types.js';
import { InputError } from '../errors.js';
import { resolveInsideRoots } from '../paths.js';
import type { BodyFormat, Settings } from '../settings.js';
import { defaultBody, defaultSubject } from './defaults.js';
import { emailDocument } from './layout.js';
import { escapeHtml, markdownToHtml } from './markdown.js';

/** The words of the message: a one-line subject, a plain-text part, and an HTML part unless text-only. */
export interface RenderedContent {
  subject: string;
  text: string;
  html?: string;
}

const FORMAT_BY_EXTENSION: Record<string, BodyFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/** Reads the body template from `body` or `body-file`, and decides its format. */
export function loadBodyTemplate(
  settings: Settings,
  ctx: RunContext,
): { template?: string; format: BodyFormat } {
  if (settings.body && settings.bodyFile) {
    throw new InputError('body-file', 'Give either `body` or `body-file`, not both.');
  }
  if (!settings.bodyFile) return { template: settings.body, format: settings.bodyFormat };
  const path = resolveInsideRoots('body-file', settings.bodyFile, {
    workspace: ctx.workspace,
    runnerTemp: ctx.runner_temp,
  });
  let template: string;
  try {
    template = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(
      'body-file',
      `Input \`body-file\` names a file that cannot be read: ${settings.bodyFile}. Check the path (relative to the workspace) and that the job checked out the repository.`,
    );
  }
  const byExt = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  return {
    template,
    format: settings.bodyFormatExplicit ? settings.bodyFormat : (byExt ?? settings.bodyFormat),
  };
}

/** Removes tags and decodes the common entities, for the text part of an HTML body. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|table)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The subject is one line: line breaks (and other control characters) become spaces. */
export function oneLineSubject(subject: string): string {
  return subject
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Renders subject and body from the inputs or the defaults. */
export function renderContent(
  settings: Settings,
  ctx: RunContext,
  enrichment: Enrichment,
  _env: NodeJS.ProcessEnv,
): RenderedContent {
  const { template, format } = loadBodyTemplate(settings, ctx);
  const subject = oneLineSubject(settings.subject ?? defaultSubject(ctx, settings.status));
  const body = template ?? defaultBody(ctx, settings.status, enrichment);
  if (format === 'text') return { subject, text: body };
  if (format === 'html') return { subject, text: htmlToText(body), html: body };
  const footer = `Sent by Gmail Notify from <a href="${escapeHtml(ctx.run_url)}" style="color:#656d76;">${escapeHtml(ctx.repository)} run #${escapeHtml(ctx.run_number)}</a>.`;
  return { subject, text: body, html: emailDocument(markdownToHtml(body, true), subject, footer) };
}
