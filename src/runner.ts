/**
 * The GitHub Actions runner protocol, the part this action uses: inputs, masks, outputs, annotations,
 * logging and the step summary. It replaces @actions/core, whose OIDC helpers statically pull in an
 * HTTP client and undici (about 1 MB of the bundle, parsed and evaluated on every run for nothing).
 * Behaviour follows @actions/core 3 and the runner's parser (actions/runner ActionCommandManager):
 * - workflow commands are `::name key=value,key=value::data` lines on stdout; data escapes % CR LF,
 *   property values also : and ,;
 * - outputs go to the GITHUB_OUTPUT file as `name<<DELIMITER`, the value, `DELIMITER`;
 * - the summary is appended to the GITHUB_STEP_SUMMARY file.
 */
import { randomUUID } from 'node:crypto';
// Synchronous file calls, like the output file's: `node:fs/promises` would load Node's readline and
// REPL-history internals (~1.6 ms) on every run for one small write at its end.
import { accessSync, appendFileSync, constants, existsSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points (as in @actions/core). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface InputOptions {
  /** Throw when the input is empty. */
  required?: boolean;
  /** Default true: leading and trailing whitespace is removed. */
  trimWhitespace?: boolean;
}

/** The step summary buffer; `write()` appends it to GITHUB_STEP_SUMMARY and empties it. */
export interface Summary {
  addRaw(text: string, addEOL?: boolean): Summary;
  addEOL(): Summary;
  stringify(): string;
  isEmptyBuffer(): boolean;
  emptyBuffer(): Summary;
  write(options?: { overwrite?: boolean }): Promise<Summary>;
}

/** The @actions/core surface the action uses; tests and local runs can hand in their own. */
export interface Core {
  getInput(name: string, options?: InputOptions): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: unknown): void;
  setFailed(message: string | Error): void;
  warning(message: string | Error, properties?: AnnotationProperties): void;
  notice(message: string | Error, properties?: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  summary: Summary;
}

/** What a runner implementation talks to; `createRunner()` defaults to this process. */
export interface RunnerIo {
  env: NodeJS.ProcessEnv;
  /** Writes to stdout (synchronously for pipes and files on Linux, like process.stdout). */
  write(text: string): void;
  /** Makes a fresh file-command delimiter; random by default. */
  delimiter?: () => string;
  /** Sets the process exit code (1 on failure). */
  setExitCode?: (code: number) => void;
}

/** Lines of a multi-line secret shorter than this are not masked on their own (`}` would mask every brace). */
export const MIN_MASKED_LINE = 4;
/** How many fresh delimiters to try when a value happens to contain one. */
const DELIMITER_ATTEMPTS = 5;

/** A value as the runner receives it: strings as they are, null/undefined as '', the rest as JSON. */
export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

/** Escapes the data of a workflow command: % CR LF. */
export function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command: % CR LF : and ,. */
export function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line (without the line end); empty properties are left out, as core does. */
export function formatCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: unknown,
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  return `::${command || 'missing.command'}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotationProperties(p: AnnotationProperties = {}): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/**
 * A `name<<DELIMITER` block for a file command. The delimiter is random and must not occur in the
 * name or value (the runner would end the value early at it): a colliding one is replaced by a new one.
 */
export function keyValueMessage(name: string, value: unknown, delimiter: () => string): string {
  if (/[\r\n]/.test(name) || name.includes('<<')) {
    throw new Error(`Output name ${JSON.stringify(name)} must be one line without "<<".`);
  }
  const text = toCommandValue(value);
  for (let attempt = 0; attempt < DELIMITER_ATTEMPTS; attempt++) {
    const d = delimiter();
    if (!d || /\s/.test(d) || name.includes(d) || text.includes(d)) continue;
    return `${name}<<${d}${EOL}${text}${EOL}${d}`;
  }
  throw new Error(`Could not find a delimiter for output ${name} that does not occur in its value.`);
}

/** The values to register with `::add-mask::` for one secret: the whole value, then each line of a multi-line one. */
export function maskValues(secret: string): string[] {
  if (!secret.trim()) return [];
  const values = [secret];
  if (/[\r\n]/.test(secret)) {
    for (const line of secret.split(/\r?\n|\r/)) {
      const t = line.trim();
      if (t.length >= MIN_MASKED_LINE && !values.includes(t)) values.push(t);
    }
  }
  return values;
}

class StepSummary implements Summary {
  private buffer = '';
  constructor(private readonly io: RunnerIo) {}

  addRaw(text: string, addEOL = false): Summary {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  addEOL(): Summary {
    return this.addRaw(EOL);
  }
  stringify(): string {
    return this.buffer;
  }
  isEmptyBuffer(): boolean {
    return this.buffer.length === 0;
  }
  emptyBuffer(): Summary {
    this.buffer = '';
    return this;
  }
  async write(options: { overwrite?: boolean } = {}): Promise<Summary> {
    const file = this.io.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    }
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
      );
    }
    (options.overwrite ? writeFileSync : appendFileSync)(file, this.buffer, { encoding: 'utf8' });
    return this.emptyBuffer();
  }
}

/** A Core that speaks the runner protocol through `io` (this process by default). */
export function createRunner(
  io: RunnerIo = {
    env: process.env,
    write: (text) => {
      process.stdout.write(text);
    },
  },
): Core {
  const delimiter = io.delimiter ?? ((): string => `ghadelimiter_${randomUUID()}`);
  const command = (name: string, props: Record<string, string | number | undefined>, data: unknown): void =>
    io.write(`${formatCommand(name, props, data)}${EOL}`);
  const message = (m: string | Error): string => (m instanceof Error ? m.toString() : m);
  const masked = new Set<string>();

  return {
    getInput(name, options = {}) {
      const value = io.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
      if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`);
      return options.trimWhitespace === false ? value : value.trim();
    },
    setSecret(secret) {
      for (const value of maskValues(toCommandValue(secret))) {
        if (masked.has(value)) continue;
        masked.add(value);
        command('add-mask', {}, value);
      }
    },
    setOutput(name, value) {
      const file = io.env.GITHUB_OUTPUT;
      if (file) {
        if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
        appendFileSync(file, `${keyValueMessage(name, value, delimiter)}${EOL}`, { encoding: 'utf8' });
        return;
      }
      // Without the file (very old runners, local runs): the deprecated command, as core does.
      io.write(EOL);
      command('set-output', { name }, value);
    },
    setFailed(m) {
      if (io.setExitCode) io.setExitCode(1);
      else process.exitCode = 1;
      command('error', {}, message(m));
    },
    warning(m, properties) {
      command('warning', annotationProperties(properties), message(m));
    },
    notice(m, properties) {
      command('notice', annotationProperties(properties), message(m));
    },
    info(m) {
      io.write(`${m}${EOL}`);
    },
    debug(m) {
      // Always written: the runner shows ::debug:: lines only when step debug logging is on.
      command('debug', {}, m);
    },
    summary: new StepSummary(io),
  };
}

/** The runner of this process. */
export const runner: Core = createRunner();
