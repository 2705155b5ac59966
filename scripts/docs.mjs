// Regenerates the Inputs and Outputs tables in README.md from action.yml, so the two cannot drift.
//
//   node scripts/docs.mjs          rewrite the tables in README.md
//   node scripts/docs.mjs --check  exit 1, naming the stale sections, when README.md is out of date
//
// The tables are passed through Biome's Markdown formatter, so `npm run lint` accepts what this writes.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actionPath = join(root, 'action.yml');
const readmePath = join(root, 'README.md');

/** Makes a value safe inside one Markdown table cell: pipes escaped, line breaks folded. */
function cell(value) {
  return String(value)
    .trim()
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '<br><br>')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

/** Wraps a literal in a code span, widening the fence when the value itself holds backticks. */
function code(value) {
  const text = String(value);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function inputsTable(inputs) {
  const rows = Object.entries(inputs ?? {}).map(([name, spec]) => {
    const hasDefault = spec?.default !== undefined && spec?.default !== null && String(spec.default) !== '';
    const defaultCell = hasDefault ? cell(code(spec.default)) : '—';
    const required = spec?.required === true || spec?.required === 'true' ? ' **(required)**' : '';
    return `| ${cell(code(name))}${required} | ${defaultCell} | ${cell(spec?.description ?? '')} |`;
  });
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs ?? {}).map(
    ([name, spec]) => `| ${cell(code(name))} | ${cell(spec?.description ?? '')} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** Formats a Markdown fragment the way `biome check` expects it (aligned table columns). */
function formatMarkdown(markdown) {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(process.execPath, [biome, 'format', '--stdin-file-path=README.md'], {
    cwd: root,
    input: `${markdown}\n`,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Biome could not format the generated tables: ${result.stderr || result.error}`);
  }
  return result.stdout.trimEnd();
}

/** Replaces what lies between the section's markers; throws when a marker is missing or misplaced. */
function replaceSection(text, section, content) {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`README.md needs the markers ${start} and ${end}, in that order.`);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = `${eol}${content.replace(/\n/g, eol)}${eol}`;
  return text.slice(0, from + start.length) + body + text.slice(to);
}

function main() {
  const check = process.argv.includes('--check');
  const action = parse(readFileSync(actionPath, 'utf8'));
  const current = readFileSync(readmePath, 'utf8');

  const sections = [
    ['inputs', formatMarkdown(inputsTable(action.inputs))],
    ['outputs', formatMarkdown(outputsTable(action.outputs))],
  ];

  let next = current;
  const stale = [];
  for (const [section, table] of sections) {
    const updated = replaceSection(next, section, table);
    if (updated !== next) stale.push(section);
    next = updated;
  }

  if (check) {
    if (stale.length > 0) {
      console.error(
        `README.md is out of date with action.yml: the ${stale.join(' and ')} table${stale.length > 1 ? 's differ' : ' differs'}. Run \`npm run docs\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log('README.md inputs and outputs tables match action.yml.');
    return;
  }

  if (stale.length === 0) {
    console.log('README.md is already up to date.');
    return;
  }
  writeFileSync(readmePath, next);
  console.log(`README.md: regenerated the ${stale.join(' and ')} table${stale.length > 1 ? 's' : ''}.`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
