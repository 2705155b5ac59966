/**
 * A small, strict-enough streaming XML reader for test reports: elements, attributes (any order,
 * either quote), text, CDATA, comments, processing instructions and a skipped DOCTYPE. The five
 * predefined entities and character references are decoded; nothing else is expanded and nothing is
 * fetched or executed, so hostile reports (entity bombs, external entities) are inert.
 *
 * It builds no tree: it hands each start tag, end tag and piece of text to a handler as it reads
 * them, fed chunk by chunk, so a report of any size costs memory for one tag at most and time
 * linear in its bytes (SPEC §4: JUnit reports are counted while read).
 */

/** A document that is not well-formed enough to read; the message says where. */
export class XmlError extends Error {
  override name = 'XmlError';
}

/** What the reader reports while it reads. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  /** Text and CDATA, decoded, in pieces (one run of text may come in several calls). */
  text?(text: string): void;
}

const MAX_DEPTH = 200;
/** A single tag, comment, processing instruction or DOCTYPE longer than this is refused. */
const MAX_MARKUP = 1024 * 1024;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; unknown entities stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? whole;
  });
}

function parseAttributes(raw: string, where: () => string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null);
  const re = /([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\S)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m[4] !== undefined) {
      if (m[4] === '/') continue;
      throw new XmlError(`malformed attribute near ${where()}`);
    }
    // Literal line breaks and tabs in attribute values are spaces in XML; &#10; stays a line break.
    attrs[m[1]!] = decodeEntities((m[2] ?? m[3] ?? '').replace(/[\t\r\n]/g, ' '));
  }
  return attrs;
}

/** Index of the `>` that ends a start tag begun at `from`, skipping quoted values; -1 if not in `s`. */
function tagEnd(s: string, from: number): number {
  let quote = '';
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

/** Index of the `>` that ends a DOCTYPE begun at `from` (brackets counted); -1 if not in `s`. */
function declarationEnd(s: string, from: number): number {
  let depth = 0;
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j;
  }
  return -1;
}

/**
 * Reads a document fed in chunks (`write`, then `end`), calling the handler as it goes. Throws
 * XmlError, from `write` or `end`, as soon as the document is seen not to be well-formed.
 */
export class XmlReader {
  private buf = '';
  private pos = 0;
  /** Inside a CDATA section or a comment whose end has not been read yet. */
  private inside: '' | 'cdata' | 'comment' = '';
  private readonly stack: string[] = [];
  private rootSeen = false;
  private lines = 1;
  private started = false;

  constructor(private readonly handler: XmlHandler) {}

  /** Reads the next chunk of the document. */
  write(chunk: string): void {
    if (this.pos > 0) {
      this.lines += countLines(this.buf, 0, this.pos);
      this.buf = this.buf.slice(this.pos);
      this.pos = 0;
    }
    this.buf += this.started ? chunk : chunk.replace(/^\uFEFF/, '');
    this.started = true;
    this.read(false);
  }

  /** The document is complete: throws when it ends inside markup or an open element. */
  end(): void {
    this.read(true);
    if (this.inside)
      throw new XmlError(`unterminated ${this.inside === 'cdata' ? 'CDATA section' : 'comment'}`);
    if (this.pos < this.buf.length) throw new XmlError(`unterminated markup on ${this.where()}`);
    if (this.stack.length) throw new XmlError(`<${this.stack[this.stack.length - 1]!}> is never closed`);
    if (!this.rootSeen) throw new XmlError('no root element');
  }

  private where(at: number = this.pos): string {
    return `line ${this.lines + countLines(this.buf, 0, at)}`;
  }

  private addText(raw: string, decode: boolean): void {
    if (!raw) return;
    if (!this.stack.length) {
      if (raw.trim()) throw new XmlError(`text outside the root element near ${this.where()}`);
      return;
    }
    this.handler.text?.(decode ? decodeEntities(raw) : raw);
  }

  /** Reads as far as the buffer allows; `final` when no more input will come. */
  private read(final: boolean): void {
    const s = this.buf;
    while (this.pos < s.length) {
      if (this.inside && !this.readInside(s)) return;
      if (this.inside) continue;
      const lt = s.indexOf('<', this.pos);
      if (lt === -1) {
        // Keep a possible entity cut by the chunk's end for the next chunk.
        const amp = s.lastIndexOf('&');
        const keep = !final && amp >= this.pos && amp > s.length - 12 ? amp : s.length;
        this.addText(s.slice(this.pos, keep), true);
        this.pos = keep;
        return;
      }
      if (lt > this.pos) this.addText(s.slice(this.pos, lt), true);
      this.pos = lt;
      if (!this.readMarkup(s, lt)) {
        if (s.length - lt > MAX_MARKUP) throw new XmlError(`markup longer than 1 MB on ${this.where()}`);
        return;
      }
    }
  }

  /** Reads on inside a CDATA section or comment; false when its end is not in the buffer yet. */
  private readInside(s: string): boolean {
    const endMark = this.inside === 'cdata' ? ']]>' : '-->';
    const end = s.indexOf(endMark, this.pos);
    if (end === -1) {
      // Hand on what cannot be part of the end mark; keep the last two characters.
      const upto = Math.max(this.pos, s.length - 2);
      if (this.inside === 'cdata') this.addText(s.slice(this.pos, upto), false);
      this.pos = upto;
      return false;
    }
    if (this.inside === 'cdata') this.addText(s.slice(this.pos, end), false);
    this.pos = end + 3;
    this.inside = '';
    return true;
  }

  /** Reads the markup at `lt`; false when it does not end within the buffer yet. */
  private readMarkup(s: string, lt: number): boolean {
    // A chunk may end inside `<!--` or `<![CDATA[`: wait for the rest before telling them apart.
    if (s.length - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) {
      return false;
    }
    if (s.startsWith('<!--', lt)) {
      this.inside = 'comment';
      this.pos = lt + 4;
      return true;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      this.inside = 'cdata';
      this.pos = lt + 9;
      return true;
    }
    if (s.startsWith('<?', lt)) {
      const end = s.indexOf('?>', lt + 2);
      if (end === -1) return false;
      this.pos = end + 2;
      return true;
    }
    if (s.startsWith('<!', lt)) {
      // DOCTYPE (with an optional internal subset in brackets): skipped, its entities not defined.
      const end = declarationEnd(s, lt + 2);
      if (end === -1) return false;
      this.pos = end + 1;
      return true;
    }
    const end = s.startsWith('</', lt) ? s.indexOf('>', lt) : tagEnd(s, lt + 1);
    if (end === -1) return false;
    if (s[lt + 1] === '/') this.endTag(s.slice(lt + 2, end).trim(), lt);
    else this.startTag(s.slice(lt + 1, end), lt);
    this.pos = end + 1;
    return true;
  }

  private endTag(name: string, lt: number): void {
    const top = this.stack.pop();
    if (top !== name) {
      throw new XmlError(
        `</${name.slice(0, 40)}> on ${this.where(lt)} does not close ${top ? `<${top}>` : 'anything'}`,
      );
    }
    this.handler.close(name);
  }

  private startTag(body: string, lt: number): void {
    const selfClosing = body.endsWith('/');
    const nameMatch = /^[^\s/>]+/.exec(body);
    if (!nameMatch || /^[\d.-]/.test(nameMatch[0])) throw new XmlError(`malformed tag on ${this.where(lt)}`);
    const name = nameMatch[0];
    if (!this.stack.length) {
      if (this.rootSeen) throw new XmlError(`a second root element on ${this.where(lt)}`);
      this.rootSeen = true;
    }
    const rest = body.slice(name.length, selfClosing ? -1 : undefined);
    // Most elements of a large report carry no attributes worth a regular expression.
    const attrs = /\S/.test(rest) ? parseAttributes(rest, () => this.where(lt)) : Object.create(null);
    if (!selfClosing && this.stack.length >= MAX_DEPTH) {
      throw new XmlError(`elements nested deeper than ${MAX_DEPTH}`);
    }
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) this.handler.close(name);
    else this.stack.push(name);
  }
}

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Reads a whole document held in memory (tests, small inputs). */
export function readXml(input: string, handler: XmlHandler): void {
  const reader = new XmlReader(handler);
  reader.write(input);
  reader.end();
}
