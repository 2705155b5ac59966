/**
 * The sign-in inputs: exactly one method (app password, password, OAuth refresh token, access
 * token or service account), each secret masked the moment it is read, even one then refused.
 */
import { isValidAddress } from '../addresses.js';
import { InputError } from '../errors.js';
import { isGmailSmtpHost } from '../hosts.js';
import { maskSecret } from './mask.js';
import { Input } from './names.js';
import { endpointUrl } from './parse.js';
import { parseServiceAccountKey } from './service-account-key.js';
import { type AuthSettings, DEFAULT_TOKEN_URL, type InputSource } from './types.js';

/** Why a secret input given in the workflow can still arrive empty, and what to check. */
const EMPTY_SECRET_HINT = `if the workflow passes \`\${{ secrets.NAME }}\`, check the secret's name and that it is available to this repository or environment; pull requests from forks get no secrets, and Dependabot runs only Dependabot secrets.`;

/** Where the sign-in goes: it decides which methods fit and what an error line advises. */
export interface SignInTarget {
  username: string;
  host: string;
  transport: 'smtp' | 'gmail-api';
}

/** The sign-in inputs as read (the password exactly as given). */
interface SignInInputs {
  appPassword: string;
  password: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  accessToken: string;
  saKey: string;
  tokenUrlInput: string;
  scope: string;
}

type Method = 'app password' | 'password' | 'OAuth refresh token' | 'access token' | 'service account';

/** Where Gmail signs in, so `username` must be an address (a service account impersonates it). */
export function gmailNeedsAddress(
  host: string,
  transport: 'smtp' | 'gmail-api',
  serviceAccount: boolean,
): boolean {
  return transport === 'gmail-api' || serviceAccount || isGmailSmtpHost(host);
}

function readSignInInputs(source: InputSource): SignInInputs {
  const get = (n: string): string => source.getInput(n).trim();
  return {
    appPassword: source.getInput(Input.AppPassword),
    // Exactly as given, spaces kept; only a final line break (a secret pasted from a file) goes.
    password: source.getInput(Input.Password, { trimWhitespace: false }).replace(/\r?\n$/, ''),
    clientId: get(Input.OAuthClientId),
    clientSecret: get(Input.OAuthClientSecret),
    refreshToken: get(Input.OAuthRefreshToken),
    accessToken: get(Input.OAuthAccessToken),
    saKey: source.getInput(Input.ServiceAccountKey),
    tokenUrlInput: get(Input.OAuthTokenUrl),
    scope: get(Input.OAuthScope).replace(/\s+/g, ' '),
  };
}

/** Masks every secret form before anything is checked: even a rejected input is never printed. */
function maskSignInInputs(source: InputSource, i: SignInInputs): void {
  if (i.appPassword) {
    maskSecret(source, i.appPassword);
    maskSecret(source, i.appPassword.trim());
    maskSecret(source, i.appPassword.replace(/\s+/g, ''));
  }
  for (const s of [i.clientSecret, i.refreshToken, i.accessToken]) maskSecret(source, s);
  if (i.password.trim()) {
    maskSecret(source, i.password);
    maskSecret(source, i.password.trim());
  }
  if (i.saKey.trim()) {
    maskSecret(source, i.saKey);
    maskSecret(source, i.saKey.replace(/\\n/g, '\n'));
  }
}

function refreshTrio(i: SignInInputs): Array<[string, string]> {
  return [
    [Input.OAuthClientId, i.clientId],
    [Input.OAuthClientSecret, i.clientSecret],
    [Input.OAuthRefreshToken, i.refreshToken],
  ];
}

/** The methods given, each with the inputs that give it, in the order error lines name them. */
function methodsGiven(i: SignInInputs): Array<[Method, string[]]> {
  const methods: Array<[Method, string[]]> = [];
  if (i.appPassword.trim()) methods.push(['app password', [Input.AppPassword]]);
  if (i.password.trim()) methods.push(['password', [Input.Password]]);
  const oauthGiven = refreshTrio(i).filter(([, v]) => v);
  if (oauthGiven.length) methods.push(['OAuth refresh token', oauthGiven.map(([n]) => n)]);
  if (i.accessToken) methods.push(['access token', [Input.OAuthAccessToken]]);
  if (i.saKey.trim()) methods.push(['service account', [Input.ServiceAccountKey]]);
  return methods;
}

/** Refuses two methods at once, and `oauth-scope` without the refresh-token method. */
function refuseConflicts(methods: Array<[Method, string[]]>, scope: string): void {
  if (methods.length > 1) {
    const names = methods.flatMap(([, inputs]) => inputs).map((n) => `\`${n}\``);
    throw new InputError(
      methods[0]![1][0]!,
      `Give exactly one sign-in method; these inputs conflict: ${names.join(', ')}. Remove all but one method (app password or password, OAuth refresh token, access token, or service account).`,
    );
  }
  if (scope && methods[0]?.[0] !== 'OAuth refresh token') {
    throw new InputError(
      Input.OAuthScope,
      `Input \`oauth-scope\` applies only to the refresh-token method (\`oauth-client-id\`, \`oauth-client-secret\`, \`oauth-refresh-token\`); remove it.${methods[0]?.[0] === 'service account' ? ' A service account gets the scope its transport needs.' : ''}`,
    );
  }
}

function requireUser({ username, host, transport }: SignInTarget): void {
  if (username) return;
  throw new InputError(
    Input.Username,
    gmailNeedsAddress(host, transport, false)
      ? 'Input `username` is required: the Gmail or Workspace address to sign in as.'
      : `Input \`username\` is required: the login of ${host} (e.g. \`apikey\` for SendGrid).`,
  );
}

/** No secret given: fine for a server that needs none, else one line on what did not arrive. */
function noMethod({ username, host, transport }: SignInTarget): AuthSettings {
  if (isGmailSmtpHost(host)) {
    // `username` given with every secret empty: the workflow most likely passed a secret that did
    // not reach the run (a misnamed secret, a fork's pull request, Dependabot), not no secret at all.
    if (username) {
      throw new InputError(
        Input.AppPassword,
        `No secret reached the action: \`app-password\`, \`oauth-refresh-token\`, \`oauth-access-token\` and \`service-account-key\` are all empty, though \`username\` is set. Set one (${transport === 'gmail-api' ? 'the Gmail API needs an OAuth sign-in: a refresh token, an access token or a service account key' : 'a Gmail App Password is simplest'}); ${EMPTY_SECRET_HINT}`,
      );
    }
    throw new InputError(
      Input.AppPassword,
      'No sign-in method given. Set `username` and `app-password` (a Gmail App Password, simplest), or `oauth-client-id`, `oauth-client-secret` and `oauth-refresh-token` (OAuth2); `oauth-access-token` and `service-account-key` also work.',
    );
  }
  // A login (not an address) is only for signing in: its secret did not arrive.
  if (username && !isValidAddress(username)) {
    throw new InputError(
      Input.Password,
      `Input \`username\` is a login (${username.slice(0, 60)}) but \`password\` is empty, so there is nothing to sign in to ${host} with. Set \`password\`; ${EMPTY_SECRET_HINT}`,
    );
  }
  return { kind: 'none', user: username };
}

function passwordMethod(target: SignInTarget, password: string): AuthSettings {
  const { host, transport } = target;
  if (isGmailSmtpHost(host) || transport === 'gmail-api') {
    throw new InputError(
      Input.Password,
      `Input \`password\` is for other SMTP servers (set \`smtp-host\`); for Gmail put a Gmail App Password in \`app-password\`${transport === 'gmail-api' ? ', or use an OAuth sign-in for `transport: gmail-api`' : ''}.`,
    );
  }
  requireUser(target);
  return { kind: 'password', user: target.username, password };
}

function refreshTokenMethod(target: SignInTarget, i: SignInInputs): AuthSettings {
  const missing = refreshTrio(i)
    .filter(([, v]) => !v)
    .map(([n]) => n);
  if (missing.length) {
    throw new InputError(
      missing[0]!,
      `OAuth sign-in needs all three of \`oauth-client-id\`, \`oauth-client-secret\` and \`oauth-refresh-token\`; missing: ${missing.map((n) => `\`${n}\``).join(', ')}. Set them; ${EMPTY_SECRET_HINT}`,
    );
  }
  requireUser(target);
  return {
    kind: 'oauth-refresh',
    user: target.username,
    clientId: i.clientId,
    clientSecret: i.clientSecret,
    refreshToken: i.refreshToken,
    tokenUrl: endpointUrl(Input.OAuthTokenUrl, i.tokenUrlInput, DEFAULT_TOKEN_URL),
    ...(i.scope ? { scope: i.scope } : {}),
  };
}

function serviceAccountMethod(source: InputSource, target: SignInTarget, i: SignInInputs): AuthSettings {
  requireUser(target);
  const key = parseServiceAccountKey(i.saKey);
  maskSecret(source, key.private_key);
  // action.yml gives oauth-token-url a literal default, so only a different value counts as given.
  const tokenUrlFrom =
    i.tokenUrlInput && i.tokenUrlInput !== DEFAULT_TOKEN_URL ? Input.OAuthTokenUrl : Input.ServiceAccountKey;
  const tokenUrl =
    tokenUrlFrom === Input.OAuthTokenUrl
      ? endpointUrl(Input.OAuthTokenUrl, i.tokenUrlInput, DEFAULT_TOKEN_URL)
      : endpointUrl(Input.ServiceAccountKey, key.token_uri ?? '', DEFAULT_TOKEN_URL);
  return { kind: 'service-account', user: target.username, key, tokenUrl, tokenUrlFrom };
}

/**
 * Reads the sign-in inputs into the one method given. Secrets are masked first; two methods, a
 * partial OAuth trio or a method that does not fit the host is one InputError naming the input.
 */
export function readSignIn(source: InputSource, target: SignInTarget): AuthSettings {
  const i = readSignInInputs(source);
  maskSignInInputs(source, i);
  const methods = methodsGiven(i);
  refuseConflicts(methods, i.scope);
  const method = methods[0]?.[0];
  switch (method) {
    case undefined:
      return noMethod(target);
    case 'password':
      return passwordMethod(target, i.password);
    case 'app password':
      requireUser(target);
      return { kind: 'app-password', user: target.username, password: i.appPassword.replace(/\s+/g, '') };
    case 'OAuth refresh token':
      return refreshTokenMethod(target, i);
    case 'access token':
      requireUser(target);
      return { kind: 'access-token', user: target.username, accessToken: i.accessToken };
    default:
      return serviceAccountMethod(source, target, i);
  }
}
