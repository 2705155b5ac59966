import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createRunner,
  escapeData,
  escapeProperty,
  formatCommand,
  keyValueMessage,
  maskValues,
  type RunnerIo,
} from '../../src/runner.js';
import { parseFileCommand, parseWorkflowCommands } from '../e2e/harness.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A runner writing into memory, with files in a temp dir. */
function fakeIo(
  env: NodeJS.ProcessEnv = {},
  delimiter?: () => string,
): RunnerIo & { out: string[]; code?: number } {
  const io: RunnerIo & { out: string[]; code?: number } = {
    env,
    out: [],
    write: (text) => {
      io.out.push(text);
    },
    delimiter,
    setExitCode: (code) => {
      io.code = code;
    },
  };
  return io;
}

/** The runner's own unescaping (actions/runner ActionCommand.Unescape): one pass, %25 last in effect. */
function runnerUnescape(value: string, property: boolean): string {
  const map: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };
  return value.replace(property ? /%(25|0D|0A|3A|2C)/g : /%(25|0D|0A)/g, (m) => map[m]);
}

describe('escaping', () => {
  it('escapes data: % CR LF, and nothing else', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeData('%0A is literal')).toBe('%250A is literal');
  });

  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('turns non-strings into what core sends', () => {
    expect(escapeData(undefined)).toBe('');
    expect(escapeData(null)).toBe('');
    expect(escapeData({ a: 1 })).toBe('{"a":1}');
    expect(escapeData(true)).toBe('true');
  });

  it('round-trips any string through the runner unescaping, on one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const data = escapeData(s);
        expect(data).not.toMatch(/[\r\n]/);
        expect(runnerUnescape(data, false)).toBe(s);
        const prop = escapeProperty(s);
        expect(prop).not.toMatch(/[\r\n:,]/);
        expect(runnerUnescape(prop, true)).toBe(s);
      }),
    );
  });

  it('formats commands like core: properties joined by commas, empty ones left out', () => {
    expect(formatCommand('warning', { title: 'T: x', file: 'a,b.ts', line: 3, col: undefined }, 'm')).toBe(
      '::warning title=T%3A x,file=a%2Cb.ts,line=3::m',
    );
    expect(formatCommand('notice', { title: '' }, 'm')).toBe('::notice::m');
    expect(formatCommand('', {}, 'm')).toBe('::missing.command::m');
  });
});

describe('inputs', () => {
  const env = {
    'INPUT_APP-PASSWORD': '  abcd efgh  \n',
    INPUT_MY_INPUT: 'spaced name',
    INPUT_EMPTY: '',
  };

  it('maps names as the runner sets them (uppercased, spaces to _, hyphens kept) and trims', () => {
    const r = createRunner(fakeIo(env));
    expect(r.getInput('app-password')).toBe('abcd efgh');
    expect(r.getInput('App-Password', { trimWhitespace: false })).toBe('  abcd efgh  \n');
    expect(r.getInput('my input')).toBe('spaced name');
    expect(r.getInput('missing')).toBe('');
  });

  it('throws for a required input that is missing or empty, as core does', () => {
    const r = createRunner(fakeIo(env));
    expect(() => r.getInput('empty', { required: true })).toThrow('Input required and not supplied: empty');
    expect(() => r.getInput('missing', { required: true })).toThrow('missing');
  });

  it('reads what core reads, for any value', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[a-z][a-z0-9 _-]{0,9}$/), (value, name) => {
        const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
        const saved = process.env[key];
        process.env[key] = value;
        try {
          expect(createRunner(fakeIo({ [key]: value })).getInput(name)).toBe(core.getInput(name));
        } finally {
          if (saved === undefined) delete process.env[key];
          else process.env[key] = saved;
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('masking', () => {
  it('registers a one-line secret once, escaped', () => {
    const io = fakeIo();
    const r = createRunner(io);
    r.setSecret('p%ss');
    r.setSecret('p%ss');
    expect(io.out.join('')).toBe('::add-mask::p%25ss\n');
  });

  it('masks a multi-line secret whole and line by line (a PEM key), skipping trivial lines', () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n  abc\n}\n\nTAIL1234==\n-----END PRIVATE KEY-----\n';
    const io = fakeIo();
    createRunner(io).setSecret(key);
    const { masks } = parseWorkflowCommands(io.out.join(''));
    expect(masks).toEqual([
      key,
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      'TAIL1234==',
      '-----END PRIVATE KEY-----',
    ]);
    // Every mask command is one line.
    expect(io.out.every((line) => /^::add-mask::[^\r\n]*\n$/.test(line))).toBe(true);
  });

  it('never registers empty or blank values (the runner warns on them)', () => {
    expect(maskValues('')).toEqual([]);
    expect(maskValues(' \n ')).toEqual([]);
  });

  it('covers every line of at least MIN_MASKED_LINE characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 0, maxLength: 12 }), { minLength: 2, maxLength: 6 }),
        (lines) => {
          const secret = lines.join('\n');
          const values = maskValues(secret);
          for (const line of lines) if (line.trim().length >= 4) expect(values).toContain(line.trim());
          if (secret.trim()) expect(values[0]).toBe(secret);
        },
      ),
    );
  });
});

describe('outputs', () => {
  it('appends name<<delimiter blocks to GITHUB_OUTPUT, multi-line values intact', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    const r = createRunner(fakeIo({ GITHUB_OUTPUT: file }));
    r.setOutput('sent', 'true');
    r.setOutput('subject', 'line one\nline two\r\nthree');
    r.setOutput('empty', '');
    r.setOutput('json', { a: [1, 2] });
    const { values, errors } = parseFileCommand(readFileSync(file, 'utf8'));
    expect(errors).toEqual([]);
    expect(values).toEqual({
      sent: 'true',
      subject: 'line one\nline two\r\nthree',
      empty: '',
      json: '{"a":[1,2]}',
    });
    expect(readFileSync(file, 'utf8')).toMatch(/^sent<<ghadelimiter_[0-9a-f-]{36}\ntrue\nghadelimiter_/);
  });

  it('picks a new delimiter when the value contains the first one', () => {
    const queue = ['EOF', 'EOF', 'ZZZ'];
    const block = keyValueMessage('out', 'a\nEOF\nb', () => queue.shift() ?? 'never');
    expect(block).toBe('out<<ZZZ\na\nEOF\nb\nZZZ');
  });

  it('gives up, bounded, when every delimiter collides', () => {
    let calls = 0;
    expect(() =>
      keyValueMessage('out', 'X', () => {
        calls++;
        return 'X';
      }),
    ).toThrow(/delimiter/);
    expect(calls).toBeLessThanOrEqual(5);
  });

  it('refuses names that would break the file format', () => {
    expect(() => keyValueMessage('a\nb', 'v', () => 'D')).toThrow(/one line/);
    expect(() => keyValueMessage('a<<b', 'v', () => 'D')).toThrow(/one line/);
  });

  it('round-trips any value, even one that embeds delimiter-like lines', () => {
    const file = join(dir, 'output');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        writeFileSync(file, '');
        createRunner(fakeIo({ GITHUB_OUTPUT: file })).setOutput('v', value);
        const { values, errors } = parseFileCommand(readFileSync(file, 'utf8'));
        expect(errors).toEqual([]);
        expect(values.v).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('throws when GITHUB_OUTPUT names a missing file, as core does', () => {
    const r = createRunner(fakeIo({ GITHUB_OUTPUT: join(dir, 'nope') }));
    expect(() => r.setOutput('a', 'b')).toThrow('Missing file at path');
  });

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    const io = fakeIo();
    createRunner(io).setOutput('na,me', 'a\nb');
    expect(io.out.join('')).toBe('\n::set-output name=na%2Cme::a%0Ab\n');
  });
});

describe('annotations and logs', () => {
  it('fails with one ::error:: line and exit code 1', () => {
    const io = fakeIo();
    createRunner(io).setFailed('connect: refused\nsecond line');
    expect(io.out).toEqual(['::error::connect: refused%0Asecond line\n']);
    expect(io.code).toBe(1);
  });

  it('writes warnings and notices with annotation properties, Errors as their toString', () => {
    const io = fakeIo();
    const r = createRunner(io);
    r.warning(new Error('boom'));
    r.notice('skip: 50%', { title: 'Gmail Notify', file: 'a.yml', startLine: 2, endColumn: 4 });
    r.info('plain %0A text');
    r.debug('dbg\nline');
    expect(io.out).toEqual([
      '::warning::Error: boom\n',
      '::notice title=Gmail Notify,file=a.yml,line=2,endColumn=4::skip: 50%25\n',
      'plain %0A text\n',
      '::debug::dbg%0Aline\n',
    ]);
  });

  it('writes exactly what @actions/core writes, for any message', () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.string(), (msg, title) => {
          const io = fakeIo();
          const r = createRunner(io);
          spy.mockClear();
          core.warning(msg, { title, startLine: 1 });
          core.notice(msg);
          core.debug(msg);
          core.info(msg);
          core.setSecret(msg);
          r.warning(msg, { title, startLine: 1 });
          r.notice(msg);
          r.debug(msg);
          r.info(msg);
          r.setSecret(msg);
          const fromCore = spy.mock.calls.map((c) => String(c[0]));
          // Blank secrets are not registered by us (the runner only warns about them); multi-line
          // ones add their lines after the whole value.
          const ours = io.out.slice(0, msg.trim() ? 5 : 4);
          expect(ours).toEqual(msg.trim() ? fromCore : fromCore.slice(0, 4));
        }),
        { numRuns: 100 },
      );
    } finally {
      spy.mockRestore();
    }
  });
});

describe('summary', () => {
  it('appends the buffer to GITHUB_STEP_SUMMARY and empties it', async () => {
    const file = join(dir, 'summary');
    writeFileSync(file, 'before\n');
    const r = createRunner(fakeIo({ GITHUB_STEP_SUMMARY: file }));
    await r.summary.addRaw('### Title', true).addRaw('<table></table>').write();
    expect(r.summary.isEmptyBuffer()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('before\n### Title\n<table></table>');
    await r.summary.addRaw('new').write({ overwrite: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('says why it cannot write, as core does', async () => {
    await expect(createRunner(fakeIo()).summary.addRaw('x').write()).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
    await expect(
      createRunner(fakeIo({ GITHUB_STEP_SUMMARY: join(dir, 'missing') }))
        .summary.addRaw('x')
        .write(),
    ).rejects.toThrow(/Unable to access summary file/);
  });
});
