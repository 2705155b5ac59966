import { Transform } from 'node:stream';

/**
 * A stream that turns every bare LF into CRLF. The composer writes headers with CRLF but leaves
 * the body's own line breaks as LF (the SMTP client converts them on the wire), so an .eml written
 * straight from it would not be the RFC 5322 message the server received.
 */
export function toCrlf(): Transform {
  let lastByte = -1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let start = 0;
      const parts: Buffer[] = [];
      for (let i = 0; i < chunk.length; i++) {
        if (chunk[i] === 0x0a && (i > 0 ? chunk[i - 1] : lastByte) !== 0x0d) {
          parts.push(chunk.subarray(start, i), Buffer.from('\r'));
          start = i;
        }
      }
      parts.push(chunk.subarray(start));
      if (chunk.length) lastByte = chunk[chunk.length - 1]!;
      done(null, Buffer.concat(parts));
    },
  });
}
