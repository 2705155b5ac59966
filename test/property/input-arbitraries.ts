// Generated action inputs for property 2: valid values, near misses and hostile strings per input.
import fc from 'fast-check';
import { hostileString } from './fc-config.js';

/** Every input name an error may name (action.yml's inputs). */
export const INPUT_NAMES: readonly string[] = [
  'username',
  'app-password',
  'password',
  'oauth-client-id',
  'oauth-client-secret',
  'oauth-refresh-token',
  'oauth-access-token',
  'service-account-key',
  'oauth-token-url',
  'transport',
  'smtp-host',
  'smtp-port',
  'smtp-security',
  'gmail-api-url',
  'from',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'subject',
  'body',
  'body-file',
  'body-format',
  'attachments',
  'if-no-files-found',
  'priority',
  'headers',
  'in-reply-to',
  'status',
  'notify-when',
  'details',
  'log-lines',
  'junit-files',
  'github-token',
  'author-recipients',
  'author-domains',
  'retries',
  'timeout-seconds',
  'dry-run',
  'eml-path',
  'job-summary',
  'fail-on-error',
];

const addresses = fc.constantFrom(
  'dev@example.com',
  '"Dev Team" <dev@example.com>',
  'a@example.com, b@example.org',
  'a@example.com;b@example.org\nc@example.net',
  '"Doe, Jane" <jane@example.com>',
  'Jane <jane@bücher.example>',
  'not-an-address',
  'a@b',
  '<a@example.com',
  'a@example.com <b@example.com>',
  'Team: a@example.com, b@example.com;',
  'a@example.com (Alice)',
  '"unterminated <a@example.com>',
  'a@example.com\r\nBcc: x@evil.example',
  `${'x'.repeat(70)}@example.com`,
  Array.from({ length: 101 }, (_v, i) => `r${i}@example.com`).join(','),
);

const numbers = fc.oneof(
  fc.integer({ min: -5, max: 70000 }).map(String),
  fc.constantFrom('', ' 3 ', '1e3', '0x10', '3.5', '-1', '٣', '99999999999999999999', 'NaN', 'Infinity'),
);

const templates = fc.constantFrom(
  '{{ repository }} {{ status }}',
  '{{ repostory }}',
  '{{ commit.titel }}',
  '{% if pull_request %}{{ pull_request.title }}{% endif %}',
  '{{ x | nofilter }}',
  '{% include "secrets" %}',
  '{% for i in (1..3) %}{{ i }}{% endfor %}',
  '{{',
  '{% if %}',
  '{% endfor %}',
  '{{ "a" | markdown }} {{ "b" | raw }}',
  '{{ env.PATH }}',
  '{{ release.body | markdown }}',
  '<b>{{ actor }}</b>\n\n[run]({{ run_url }})',
);

const headerLines = fc.constantFrom(
  'X-Team: platform',
  'X-Team: platform\nX-Env: prod',
  'Bcc: x@evil.example',
  'Subject: hi',
  'no colon here',
  'X-A: b\r\nX-C: d',
  ': empty name',
  'X-Ünicode: v',
  `X-Long: ${'v'.repeat(2000)}`,
);

function choice(...options: Array<fc.Arbitrary<string>>): fc.Arbitrary<string> {
  return fc.oneof(
    ...options.map((arbitrary) => ({ weight: 4, arbitrary })),
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

/** Per input, what to try. Secrets and endpoints stay sane so runs reach the interesting checks. */
export const INPUT_ARBITRARIES: Record<string, fc.Arbitrary<string>> = {
  to: choice(addresses),
  cc: choice(addresses),
  bcc: choice(addresses),
  from: choice(addresses),
  'reply-to': choice(addresses),
  subject: choice(templates),
  body: choice(templates),
  'body-file': choice(fc.constantFrom('README.md', '../outside.md', '/etc/passwd', 'nope.html')),
  'body-format': choice(fc.constantFrom('markdown', 'html', 'text', 'HTML', 'md')),
  headers: choice(headerLines),
  priority: choice(fc.constantFrom('high', 'normal', 'low', 'urgent', 'HIGH')),
  'in-reply-to': choice(fc.constantFrom('<abc@mail.gmail.com>', 'abc@mail.gmail.com', '<a b@c>', '<>')),
  retries: choice(numbers),
  'timeout-seconds': choice(numbers),
  'smtp-port': choice(numbers),
  'smtp-security': choice(fc.constantFrom('tls', 'starttls', 'none', 'ssl', 'TLS')),
  'smtp-host': choice(fc.constantFrom('smtp.gmail.com', 'smtp.example.com', 'smtp://x', 'host:25', 'a b')),
  'notify-when': choice(fc.constantFrom('always', 'failure,fixed', 'success; changed', 'sometimes', '')),
  status: choice(fc.constantFrom('success', 'failure', 'cancelled', 'failed', 'canceled', 'skipped')),
  'log-lines': choice(numbers),
  details: choice(fc.constantFrom('true', 'false', 'yes', 'maybe')),
  'job-summary': choice(fc.constantFrom('true', 'false', 'off', '2')),
  'fail-on-error': choice(fc.constantFrom('true', 'false', 'nope')),
  transport: choice(fc.constantFrom('smtp', 'gmail-api', 'api', 'SMTP')),
  'if-no-files-found': choice(fc.constantFrom('warn', 'error', 'ignore', 'fail')),
  attachments: choice(fc.constantFrom('*.txt', 'dist/**', '../*', '/etc/*', '[', '{a,b', 'missing.zip')),
  'gmail-api-url': choice(
    fc.constantFrom('https://gmail.googleapis.com', 'http://evil.example', 'not a url'),
  ),
  'oauth-token-url': choice(fc.constantFrom('https://oauth2.googleapis.com/token', 'ftp://x', '')),
  'author-recipients': choice(fc.constantFrom('none', 'culprits', 'culprit', 'authors')),
  'author-domains': choice(fc.constantFrom('example.com', '@example.com, *.example.org', 'com', 'a b', '')),
};

/** A map of some inputs (each present or not), on top of a valid App Password configuration. */
export function inputMaps(): fc.Arbitrary<Record<string, string>> {
  const keys = Object.keys(INPUT_ARBITRARIES);
  // Each input given in about one map of ten, so that many maps are valid and each input gets blamed alone.
  const sometimes = (a: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> =>
    fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
  return fc.record(Object.fromEntries(keys.map((k) => [k, sometimes(INPUT_ARBITRARIES[k]!)]))).map((m) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(m)) if (typeof v === 'string') out[k] = v;
    return out;
  });
}
