import { statSync } from 'node:fs';
import { basename, isAbsolute, relative } from 'node:path';
import { InputError, oneLine } from '../errors.js';
import { type AllowedRoots, globMatches, isGlob, resolveInsideRoots } from '../paths.js';
import type { AttachmentFile } from './message.js';

/** Gmail's limits on the raw size of all attachments together (MB = 10^6 bytes). */
export const ATTACHMENT_LIMITS = { smtp: 25_000_000, 'gmail-api': 35_000_000 } as const;

/** What was found, and the patterns that matched nothing (for `if-no-files-found`). */
export interface AttachmentResult {
  files: AttachmentFile[];
  unmatched: string[];
  /** Glob matches that lead outside the allowed roots (symlinks): left out, with a warning. */
  skipped: string[];
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} kB`;
}

/**
 * Room for the message's headers, its text and HTML parts and the MIME boundaries: less than the
 * smallest default message (about 5.5 kB), so with the default body the estimate stays below the
 * real size; a custom one-line body makes a message of under 1 kB, so there the estimate is up to
 * about 3 kB over (a message within 3 kB of the 35 MB limit may be refused that Gmail would take).
 */
const MESSAGE_ALLOWANCE = 4_000;
/** Each attachment's own MIME headers (Content-Type, Content-Disposition with the name, boundary). */
const PART_ALLOWANCE = 200;

/**
 * The size of the message the Gmail API receives with these attachments: each file base64-encoded
 * (4 bytes for every 3, in lines of 76 characters ending in CRLF, as the composer writes them), plus
 * its part headers and a modest allowance for the rest. Meant as a floor, not a ceiling, so a
 * message Gmail would take is never refused for it.
 */
export function encodedMessageBytes(files: ReadonlyArray<Pick<AttachmentFile, 'filename' | 'size'>>): number {
  let total = MESSAGE_ALLOWANCE;
  for (const f of files) {
    const chars = 4 * Math.ceil(f.size / 3);
    total += chars + 2 * Math.ceil(chars / 76) + PART_ALLOWANCE + 2 * Buffer.byteLength(f.filename);
  }
  return total;
}

/**
 * Expands attachment globs relative to the workspace, refuses anything that resolves outside the
 * allowed roots, and checks the total size against the transport's limit before we connect.
 */
export async function findAttachments(
  patterns: string[],
  roots: AllowedRoots,
  transport: 'smtp' | 'gmail-api',
  ifNoFilesFound: 'warn' | 'error' | 'ignore',
): Promise<AttachmentResult> {
  const files = new Map<string, AttachmentFile>();
  const unmatched: string[] = [];
  const skipped: string[] = [];
  for (const pattern of patterns) {
    let matches: string[];
    if (!isGlob(pattern)) {
      const path = resolveInsideRoots('attachments', pattern, roots);
      matches = exists(path) ? [path] : [];
    } else {
      const found = await globMatches('attachments', pattern, roots);
      matches = [];
      for (const m of found) {
        // A link planted in the workspace must not silence the alert: it is left out, not fatal.
        try {
          matches.push(resolveInsideRoots('attachments', m, roots));
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          skipped.push(displayPath(m, roots));
        }
      }
      if (found.length && !matches.length) continue;
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches.sort()) {
      if (files.has(m)) continue;
      const stat = statSync(m);
      // Only regular files: a FIFO or device would block the send or never end.
      if (stat.isFile()) files.set(m, { path: m, filename: basename(m), size: stat.size });
    }
  }
  if (unmatched.length && ifNoFilesFound === 'error') {
    throw new InputError(
      'attachments',
      `Input \`attachments\`: no files match ${unmatched.map((u) => `"${u}"`).join(', ')} (paths are relative to the workspace). Fix the pattern, or set \`if-no-files-found: warn\` or \`ignore\`.`,
    );
  }
  const list = [...files.values()];
  const total = list.reduce((n, f) => n + f.size, 0);
  const limit = ATTACHMENT_LIMITS[transport];
  if (total > limit) {
    throw new InputError(
      'attachments',
      `Attachments total ${formatBytes(total)}, over the ${formatBytes(limit)} Gmail allows with \`transport: ${transport}\`: ${listFiles(list, roots)}. Attach fewer or compressed files, or link to an artifact instead.`,
    );
  }
  // The API's 35 MB is the size of the uploaded message, where the files travel base64-encoded
  // (about 4/3 of their size): checked too, so a 30 MB file is not uploaded to be refused with a 413.
  const encoded = transport === 'gmail-api' ? encodedMessageBytes(list) : 0;
  if (encoded > ATTACHMENT_LIMITS['gmail-api']) {
    throw new InputError(
      'attachments',
      `Attachments total ${formatBytes(total)}, which the Gmail API receives base64-encoded in a message of about ${formatBytes(encoded)}, over the ${formatBytes(ATTACHMENT_LIMITS['gmail-api'])} it accepts: ${listFiles(list, roots)}. Attach fewer or smaller (compressed) files, about 25 MB in all at most, or upload them as an artifact and link to it instead.`,
    );
  }
  return { files: list, unmatched, skipped };
}

/** The largest files first, with their sizes: the ten largest, and how many more. */
function listFiles(list: AttachmentFile[], roots: AllowedRoots): string {
  const shown = [...list]
    .sort((a, b) => b.size - a.size)
    .slice(0, 10)
    .map((f) => `${displayPath(f.path, roots)} (${formatBytes(f.size)})`)
    .join(', ');
  return `${shown}${list.length > 10 ? `, and ${list.length - 10} more` : ''}`;
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function displayPath(path: string, roots: AllowedRoots): string {
  const rel = relative(roots.workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The warnings about what `attachments` matched: patterns that matched nothing, links left out. */
export function attachmentWarnings(found: AttachmentResult, ifNoFilesFound: string): string[] {
  const warnings: string[] = [];
  if (found.unmatched.length && ifNoFilesFound === 'warn') {
    warnings.push(
      `Input \`attachments\`: no files match ${found.unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); sending without them.`,
    );
  }
  if (found.skipped.length) {
    warnings.push(
      `Input \`attachments\`: left out ${found.skipped.length} match(es) that lead outside the workspace (symlinks): ${found.skipped
        .slice(0, 5)
        .map((p) => `"${oneLine(p, 200)}"`)
        .join(', ')}${found.skipped.length > 5 ? ', …' : ''}. Sending without them.`,
    );
  }
  return warnings;
}
