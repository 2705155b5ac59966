import { statSync } from 'node:fs';
import { basename, isAbsolute, relative } from 'node:path';
import { InputError } from './errors.js';
import { type AllowedRoots, resolveInsideRoots } from './paths.js';
import type { AttachmentFile } from './render/message.js';

/** Gmail's limits on the raw size of all attachments together (MB = 10^6 bytes). */
export const ATTACHMENT_LIMITS = { smtp: 25_000_000, 'gmail-api': 35_000_000 } as const;

const GLOB_CHARS = /[*?[\]{}!]/;

/** What was found, and the patterns that matched nothing (for `if-no-files-found`). */
export interface AttachmentResult {
  files: AttachmentFile[];
  unmatched: string[];
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} kB`;
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
  let globFn: typeof import('tinyglobby').glob | undefined;
  for (const pattern of patterns) {
    let matches: string[];
    if (!GLOB_CHARS.test(pattern)) {
      const path = resolveInsideRoots('attachments', pattern, roots);
      matches = exists(path) ? [path] : [];
    } else {
      // The fixed part of the pattern must itself stay inside the allowed roots.
      const staticPart = pattern.split(/[\\/]/).findIndex((seg) => GLOB_CHARS.test(seg));
      const base = pattern.split(/[\\/]/).slice(0, staticPart).join('/') || '.';
      const baseDir = resolveInsideRoots('attachments', base, roots);
      const rest = pattern.split(/[\\/]/).slice(staticPart).join('/');
      globFn ??= (await import('tinyglobby')).glob;
      matches = (await globFn(rest, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).map((m) =>
        resolveInsideRoots('attachments', m, roots),
      );
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
    const shown = list
      .sort((a, b) => b.size - a.size)
      .slice(0, 10)
      .map((f) => `${displayPath(f.path, roots)} (${formatBytes(f.size)})`)
      .join(', ');
    throw new InputError(
      'attachments',
      `Attachments total ${formatBytes(total)}, over the ${formatBytes(limit)} Gmail allows with \`transport: ${transport}\`: ${shown}${list.length > 10 ? `, and ${list.length - 10} more` : ''}. Attach fewer or compressed files, or link to an artifact instead.`,
    );
  }
  return { files: list, unmatched };
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
