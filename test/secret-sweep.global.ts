// Global setup and teardown for the secret-leak sweep: every runAction() (test/e2e/harness.ts)
// asserts that the run leaked no secret and tallies what it checked into a JSON file per worker
// process under SECRET_SWEEP_DIR. The teardown sums them up and prints one line (also written to
// os.tmpdir()/gmail-notify-secret-sweep-summary.json for reports).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Tally {
  runs: number;
  forms: number;
  secrets: string[];
}

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-secret-sweep-'));
  // Worker processes start after this and inherit it.
  process.env.SECRET_SWEEP_DIR = dir;
  return () => {
    let runs = 0;
    let forms = 0;
    const secrets = new Set<string>();
    for (const file of readdirSync(dir)) {
      const tally = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tally;
      runs += tally.runs;
      forms += tally.forms;
      for (const s of tally.secrets) secrets.add(s);
    }
    rmSync(dir, { recursive: true, force: true });
    if (runs === 0) return;
    const summary = { runs, secretValues: secrets.size, formsChecked: forms };
    writeFileSync(
      path.join(os.tmpdir(), 'gmail-notify-secret-sweep-summary.json'),
      `${JSON.stringify(summary)}\n`,
    );
    console.log(
      `secret sweep: ${runs} runs, ${secrets.size} secret values, ${forms} forms checked (stdout, stderr, summary, outputs, .eml)`,
    );
  };
}
