#!/usr/bin/env node
// `node dist/cli/index.js --client-id …` (secret in GMAIL_CLIENT_SECRET): obtains a refresh token
// for Gmail Notify. Bundled by `npm run build` to dist/cli/index.js, so it runs from a clone with no
// install and no build step.
import { main } from './auth-flow.js';

process.exitCode = await main(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
