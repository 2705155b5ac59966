/**
 * HTML escaping with no dependencies, so the step summary can use it without loading the Markdown
 * engine into every run (skipped and failed ones included).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
