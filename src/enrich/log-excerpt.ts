import { stripVTControlCharacters } from 'node:util';

/**
 * Turning a raw GitHub Actions job log into a short excerpt a reader can take in: the runner's
 * timestamps and ANSI colour codes removed, workflow-command markers made readable, and the last
 * lines kept.
 */

/** `2024-05-01T12:34:56.1234567Z ` — the runner's prefix on every line of a job log. */
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
/** Control characters other than tab, once escape sequences are gone. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g;
const MAX_LINE_CHARS = 500;

/** One log line as a reader should see it: no timestamp, no escape codes, markers spelled out. */
export function cleanLogLine(line: string): string | undefined {
  // Node's own stripper for escape sequences (colours, cursor moves, OSC titles and hyperlinks).
  let s = stripVTControlCharacters(line.replace(/\r$/, '').replace(TIMESTAMP, '')).replace(CONTROL, '');
  if (s.startsWith('##[endgroup]')) return undefined;
  s = s
    .replace(/^##\[group\]/, '')
    .replace(/^##\[error\]/, 'Error: ')
    .replace(/^##\[warning\]/, 'Warning: ')
    .replace(/^##\[notice\]/, 'Notice: ')
    .replace(/^##\[debug\]/, 'Debug: ')
    .replace(/^##\[command\]/, '');
  if (s.length > MAX_LINE_CHARS) s = `${s.slice(0, MAX_LINE_CHARS)}…`;
  return s;
}

/**
 * The last `lines` lines of a job log, cleaned. If the log's last `##[error]` line (where the
 * failure is reported) would fall before that window, because post-job steps logged a lot after
 * it, the window ends at that error instead, so the excerpt shows how the job failed.
 */
export function logExcerpt(raw: string, lines: number): string {
  if (lines <= 0) return '';
  const rawLines = raw.split('\n');
  const cleaned: string[] = [];
  let lastError = -1;
  for (const line of rawLines) {
    const c = cleanLogLine(line);
    if (c === undefined) continue;
    if (c.startsWith('Error: ')) lastError = cleaned.length;
    cleaned.push(c);
  }
  while (cleaned.length && cleaned[cleaned.length - 1]!.trim() === '') cleaned.pop();
  let end = cleaned.length;
  if (lastError >= 0 && lastError < end - lines) end = lastError + 1;
  return cleaned.slice(Math.max(0, end - lines), end).join('\n');
}
