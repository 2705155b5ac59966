/**
 * A small, strict-enough XML reader for test reports: elements, attributes (any order, either
 * quote), text, CDATA, comments, processing instructions and a skipped DOCTYPE. The five predefined
 * entities and character references are decoded; nothing else is expanded and nothing is fetched
 * or executed, so hostile reports (entity bombs, external entities) are inert.
 */

/** An element with its attributes, child elements and (bounded) text content. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside the element, decoded; at most MAX_TEXT characters. */
  text: string;
}

/** A document that is not well-formed enough to read; the message says where. */
export class XmlError extends Error {
  override name = 'XmlError';
}

const MAX_DEPTH = 200;
const MAX_TEXT = 16 * 1024;
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

function lineAt(src: string, index: number): number {
  let line = 1;
  for (let i = src.indexOf('\n'); i !== -1 && i < index; i = src.indexOf('\n', i + 1)) line++;
  return line;
}

function parseAttributes(raw: string, src: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null);
  const re = /([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\S)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m[4] !== undefined) {
      if (m[4] === '/') continue;
      throw new XmlError(`malformed attribute near line ${lineAt(src, at)}`);
    }
    // Literal line breaks and tabs in attribute values are spaces in XML; &#10; stays a line break.
    attrs[m[1]!] = decodeEntities((m[2] ?? m[3] ?? '').replace(/[\t\r\n]/g, ' '));
  }
  return attrs;
}

/** Parses a document and returns its root element. Throws XmlError when it is not well-formed. */
export function parseXml(input: string): XmlElement {
  const src = input.replace(/^\uFEFF/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const addText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (t.trim()) throw new XmlError(`text outside the root element near line ${lineAt(src, i)}`);
      return;
    }
    if (top.text.length < MAX_TEXT) top.text = (top.text + t).slice(0, MAX_TEXT);
  };
  const until = (end: string, from: number, what: string): number => {
    const j = src.indexOf(end, from);
    if (j === -1) throw new XmlError(`unterminated ${what} starting on line ${lineAt(src, from)}`);
    return j;
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt === -1) {
      addText(decodeEntities(src.slice(i)));
      break;
    }
    if (lt > i) addText(decodeEntities(src.slice(i, lt)));
    if (src.startsWith('<?', lt)) {
      i = until('?>', lt, 'processing instruction') + 2;
    } else if (src.startsWith('<!--', lt)) {
      i = until('-->', lt, 'comment') + 3;
    } else if (src.startsWith('<![CDATA[', lt)) {
      const end = until(']]>', lt, 'CDATA section');
      addText(src.slice(lt + 9, end));
      i = end + 3;
    } else if (src.startsWith('<!', lt)) {
      // DOCTYPE (with an optional internal subset in brackets): skipped, its entities not defined.
      let j = lt + 2;
      let depth = 0;
      for (; j < src.length; j++) {
        const c = src[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= src.length) throw new XmlError(`unterminated declaration on line ${lineAt(src, lt)}`);
      i = j + 1;
    } else if (src.startsWith('</', lt)) {
      const end = until('>', lt, 'end tag');
      const name = src.slice(lt + 2, end).trim();
      const top = stack.pop();
      if (!top || top.name !== name) {
        throw new XmlError(
          `</${name.slice(0, 40)}> on line ${lineAt(src, lt)} does not close ${top ? `<${top.name}>` : 'anything'}`,
        );
      }
      i = end + 1;
    } else {
      // Find the tag's end, skipping '>' inside quoted attribute values.
      let j = lt + 1;
      let quote = '';
      for (; j < src.length; j++) {
        const c = src[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (j >= src.length) throw new XmlError(`unterminated tag on line ${lineAt(src, lt)}`);
      const body = src.slice(lt + 1, j);
      const selfClosing = body.endsWith('/');
      const nameMatch = /^[^\s/>]+/.exec(body);
      if (!nameMatch || /^[\d.-]/.test(nameMatch[0])) {
        throw new XmlError(`malformed tag on line ${lineAt(src, lt)}`);
      }
      const element: XmlElement = {
        name: nameMatch[0],
        attrs: parseAttributes(body.slice(nameMatch[0].length, selfClosing ? -1 : undefined), src, lt),
        children: [],
        text: '',
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError(`a second root element on line ${lineAt(src, lt)}`);
      else root = element;
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) throw new XmlError(`elements nested deeper than ${MAX_DEPTH}`);
        stack.push(element);
      }
      i = j + 1;
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}
