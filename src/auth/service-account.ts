import { createSign } from 'node:crypto';
import type { ServiceAccountKey } from '../inputs/index.js';

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/**
 * Builds the signed JWT (RS256) a service account with domain-wide delegation presents to the
 * token endpoint to act as `subject`.
 */
export function serviceAccountAssertion(
  key: ServiceAccountKey,
  subject: string,
  scope: string,
  audience: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): string {
  const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) };
  const claims = {
    iss: key.client_email,
    sub: subject,
    scope,
    aud: audience,
    iat: nowSeconds,
    exp: nowSeconds + 3600,
  };
  const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signer = createSign('RSA-SHA256');
  signer.update(unsigned);
  const privateKey = key.private_key.replace(/\\n/g, '\n');
  return `${unsigned}.${signer.sign(privateKey).toString('base64url')}`;
}
