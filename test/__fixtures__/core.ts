// A stand-in for @actions/core (the `Core` seam of src/core.ts) that records what the action does
// through it, for unit tests: as actions/typescript-action's __fixtures__/core.ts, but a plain object
// handed to run() instead of a mocked module.
import type { Core, SummaryBuffer } from '../../src/core.js';

type Message = string | Error;
const text = (m: Message): string => (m instanceof Error ? m.toString() : m);

/** What the action did through the fake core. */
export interface FakeCore extends Core {
  /** Inputs by name (as `with:` gives them); read like core.getInput (trimmed unless told not to). */
  inputs: Record<string, string>;
  secrets: string[];
  outputs: Record<string, unknown>;
  failures: string[];
  warnings: string[];
  notices: string[];
  infos: string[];
  debugs: string[];
  /** Everything written to the step summary. */
  summaryText: string;
}

/** A fresh fake core reading `inputs`. */
export function fakeCore(inputs: Record<string, string> = {}): FakeCore {
  let pending = '';
  const fake: FakeCore = {
    inputs,
    secrets: [],
    outputs: {},
    failures: [],
    warnings: [],
    notices: [],
    infos: [],
    debugs: [],
    summaryText: '',
    getInput(name, options) {
      const value = fake.inputs[name] ?? '';
      if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
      return options?.trimWhitespace === false ? value : value.trim();
    },
    setSecret: (secret) => {
      fake.secrets.push(secret);
    },
    setOutput: (name, value) => {
      fake.outputs[name] = value;
    },
    setFailed: (m) => {
      fake.failures.push(text(m));
    },
    warning: (m) => {
      fake.warnings.push(text(m));
    },
    notice: (m) => {
      fake.notices.push(text(m));
    },
    info: (m) => {
      fake.infos.push(m);
    },
    debug: (m) => {
      fake.debugs.push(m);
    },
    summary: {
      addRaw(raw: string, addEOL = false): SummaryBuffer {
        pending += raw + (addEOL ? '\n' : '');
        return this;
      },
      async write(): Promise<SummaryBuffer> {
        fake.summaryText += pending;
        pending = '';
        return this;
      },
    },
  };
  return fake;
}
