import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { toCrlf } from '../../src/eml.js';

async function convert(chunks: string[]): Promise<string> {
  const out = await buffer(Readable.from(chunks.map((c) => Buffer.from(c))).pipe(toCrlf()));
  return out.toString('latin1');
}

describe('toCrlf', () => {
  it('turns bare LF into CRLF and leaves CRLF alone', async () => {
    expect(await convert(['Subject: x\r\n\r\nline 1\nline 2\r\n\nend\n'])).toBe(
      'Subject: x\r\n\r\nline 1\r\nline 2\r\n\r\nend\r\n',
    );
  });

  it('handles a CRLF split across chunks', async () => {
    expect(await convert(['a\r', '\nb\n', '\n', 'c'])).toBe('a\r\nb\r\n\r\nc');
  });

  it('leaves a message without line breaks untouched', async () => {
    expect(await convert(['', 'abc'])).toBe('abc');
  });
});
