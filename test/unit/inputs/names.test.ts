// The constants module and action.yml name the same inputs and outputs, neither more nor fewer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, Output } from '../../../src/inputs/names.js';

const action = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('inputs/names.ts', () => {
  it('lists every input of action.yml, and only those', () => {
    expect(Object.values(Input).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists every output of action.yml, and only those', () => {
    expect(Object.values(Output).sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
