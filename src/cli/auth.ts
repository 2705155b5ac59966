#!/usr/bin/env node
// `npm run auth -- --client-id … --client-secret …`: obtains a refresh token for Gmail Notify.
// Bundled by `npm run build` to dist/cli/index.js, so it runs after `npm ci` with no build step.
import { main } from './auth-flow.js';

process.exitCode = await main(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
