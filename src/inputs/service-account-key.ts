/** The `service-account-key` input: a JSON key (or its base64), checked to hold a usable RSA key. */
import { InputError } from '../errors.js';
import type { ServiceAccountKey } from './types.js';

/**
 * Escapes raw line breaks inside JSON string literals, so a key whose `private_key` was pasted with
 * real newlines (invalid JSON) still parses. Line breaks between fields are left alone.
 */
function escapeNewlinesInStrings(text: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      else if (ch === '\n') {
        out += '\\n';
        continue;
      } else if (ch === '\r') continue;
    } else if (ch === '"') inString = true;
    out += ch;
  }
  return out;
}

function parseJsonObject(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(escapeNewlinesInStrings(text));
  }
}

/** Parses a service-account JSON key given as JSON (escaped `\n` or real newlines in the key) or base64. */
export function parseServiceAccountKey(raw: string): ServiceAccountKey {
  let parsed: unknown;
  try {
    parsed = parseJsonObject(raw.trim());
  } catch {
    // Users sometimes store the key base64-encoded.
    try {
      const decoded = Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8');
      parsed = parseJsonObject(decoded.trim());
    } catch {
      throw new InputError(
        'service-account-key',
        'Input `service-account-key` is not valid JSON. Paste the whole JSON key file of the service account (or its base64) into the secret.',
      );
    }
  }
  const k = (parsed ?? {}) as Record<string, unknown>;
  if (
    typeof k.client_email !== 'string' ||
    typeof k.private_key !== 'string' ||
    !k.private_key.includes('PRIVATE KEY')
  ) {
    throw new InputError(
      'service-account-key',
      'Input `service-account-key` lacks `client_email` or `private_key`. Use a JSON key of type service_account, created under IAM > Service accounts > Keys.',
    );
  }
  // A key pasted through some tools keeps its newlines as literal `\n`; the PEM needs real ones.
  const privateKey = k.private_key.replace(/(?:\\r)?\\n/g, '\n').replace(/\r\n/g, '\n');
  // Checked now, so a damaged key is an input error (in a dry run too), not a failure while signing.
  let keyType: string | undefined;
  try {
    keyType = process.getBuiltinModule('node:crypto').createPrivateKey(privateKey).asymmetricKeyType;
  } catch {
    keyType = undefined;
  }
  if (keyType !== 'rsa') {
    throw new InputError(
      'service-account-key',
      `Input \`service-account-key\` has a \`private_key\` that ${keyType ? `is not an RSA key (${keyType})` : 'cannot be read as a PEM private key (cut short or altered?)'}. Paste the whole JSON key file again, or create a new key under IAM > Service accounts > Keys.`,
    );
  }
  return {
    client_email: k.client_email,
    private_key: privateKey,
    private_key_id: typeof k.private_key_id === 'string' ? k.private_key_id : undefined,
    token_uri: typeof k.token_uri === 'string' ? k.token_uri : undefined,
  };
}
