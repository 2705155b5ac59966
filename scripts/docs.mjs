// Regenerates the Inputs and Outputs tables in README.md from action.yml, and writes the repository
// named in package.json (`repository`, e.g. "github:OWNER/gmail-notify") into README.md, CHANGELOG.md,
// SECURITY.md and docs/*.md: every `uses: <owner>/gmail-notify@`, the CI badge, the clone URL, the
// release links. Publishing under a real owner is one edit of package.json, then `npm run docs`.
//
//   node scripts/docs.mjs          rewrite the tables and the repository references
//   node scripts/docs.mjs --check  exit 1, naming what is stale, when the docs are out of date
//
// The tables are passed through Biome's Markdown formatter, so `npm run lint` accepts what this writes.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actionPath = join(root, 'action.yml');
const readmePath = join(root, 'README.md');
const packagePath = join(root, 'package.json');
const docsDir = join(root, 'docs');
// The action's own name: a `uses:` line for it is rewritten even before the repository is renamed.
const ACTION_NAME = 'gmail-notify';

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

/**
 * Reads "owner/name" from package.json's `repository`: the npm shorthand ("github:owner/name" or
 * "owner/name") or an object whose url is a github.com one. Throws with what to write otherwise.
 */
export function repositorySlug(repository) {
  const value = typeof repository === 'string' ? repository : repository?.url;
  const match =
    typeof value === 'string'
      ? (/^(?:github:)?([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+?)$/.exec(value) ??
        /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(
          value,
        ))
      : null;
  if (!match) {
    throw new Error(
      `package.json "repository" is ${JSON.stringify(repository)}: write the GitHub repository as "github:OWNER/NAME".`,
    );
  }
  return `${match[1]}/${match[2]}`;
}

/** Escapes a literal for use inside a RegExp. */
function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Points every reference to this action in a Markdown text at `slug`: `uses: <any>/<name>@` lines and
 * https://github.com/<any>/<name> links, where <name> is the action's name or the slug's repository name.
 */
export function withRepository(text, slug) {
  const names = [...new Set([ACTION_NAME, slug.split('/')[1]])].map(literal).join('|');
  return text
    .replace(new RegExp(`(uses:\\s*)[A-Za-z0-9-]+/(?:${names})@`, 'g'), `$1${slug}@`)
    .replace(
      new RegExp(`https://github\\.com/[A-Za-z0-9-]+/(?:${names})(?=[/.#)\\s]|$)`, 'g'),
      `https://github.com/${slug}`,
    );
}

/** Markdown files besides README.md that may name this action's repository: top-level and docs/. */
function docsFiles() {
  const topLevel = ['CHANGELOG.md', 'SECURITY.md'].map((file) => join(root, file)).filter(existsSync);
  if (!existsSync(docsDir)) return topLevel;
  const underDocs = readdirSync(docsDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => join(docsDir, file));
  return [...topLevel, ...underDocs];
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

  const slug = repositorySlug(JSON.parse(readFileSync(packagePath, 'utf8')).repository);
  const withSlug = withRepository(next, slug);
  if (withSlug !== next) stale.push('repository');
  next = withSlug;
  const otherDocs = docsFiles()
    .map((file) => [file, readFileSync(file, 'utf8')])
    .map(([file, text]) => [file, text, withRepository(text, slug)])
    .filter(([, text, updated]) => updated !== text);

  if (check) {
    const problems = stale.map((part) =>
      part === 'repository'
        ? `README.md does not name the repository as ${slug} everywhere (package.json "repository")`
        : `README.md's ${part} table differs from action.yml`,
    );
    for (const [file] of otherDocs) {
      problems.push(`${relative(root, file)} does not name the repository as ${slug} everywhere`);
    }
    if (problems.length > 0) {
      console.error(`${problems.join('; ')}. Run \`npm run docs\` and commit the result.`);
      process.exit(1);
    }
    console.log(`README.md tables match action.yml; the Markdown files name the repository ${slug}.`);
    return;
  }

  if (stale.length === 0 && otherDocs.length === 0) {
    console.log('README.md and the other Markdown files are already up to date.');
    return;
  }
  if (stale.length > 0) {
    writeFileSync(readmePath, next);
    console.log(`README.md: regenerated ${stale.join(', ')}.`);
  }
  for (const [file, , updated] of otherDocs) {
    writeFileSync(file, updated);
    console.log(`${relative(root, file)}: now names the repository ${slug}.`);
  }
}

// Run as a script, not imported (a test imports the exports).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
