/**
 * The generated validators of the real dictionary, imported by plain Node from a temporary
 * node_modules: every root `examples` value is accepted and every `x-counterexamples` entry is
 * rejected, at its `pointer` when it gives one, in both error modes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modulePathOf } from '@ndd/generator-kit';
import type { Dictionary, JsonValue } from '@ndd/registry';
import { generateValidators } from './generate.js';
import { runNode, writePackage } from './testing/package-dir.js';
import { realDictionary } from './testing/real-dictionary.js';
import { removeTemporaryDirectories } from './testing/temporary.js';

afterAll(removeTemporaryDirectories);

interface Case {
  readonly module: string;
  readonly name: string;
  readonly data: JsonValue;
  readonly valid: boolean;
  readonly pointer?: string;
}
interface Outcome {
  readonly valid: boolean;
  /** Where each error points: the instance path, plus the property for `required`. */
  readonly locations: string[];
  readonly messages: string[];
}

let dictionary: Dictionary;
let cases: Case[];
let outcomes: { first: Outcome[]; all: Outcome[] };

beforeAll(async () => {
  dictionary = await realDictionary();
  const core = dictionary.domains.get('core')!;
  const output = generateValidators(dictionary, core);
  expect(output.diagnostics).toEqual([]);
  const names = new Map(
    output.files.filter((f) => f.path.endsWith('.js')).flatMap((f) => [...f.contents.matchAll(/^export function (validate\w+)\(/gm)].map((m) => [f.path, m[1]!] as const)),
  );
  cases = [];
  for (const id of core.schemaIds) {
    const record = dictionary.schemas.get(id)!;
    const module = modulePathOf(record);
    const name = names.get(`validators/${module}.js`)!;
    for (const data of (record.schema['examples'] as JsonValue[] | undefined) ?? []) cases.push({ module, name, data, valid: true });
    for (const counter of (record.schema['x-counterexamples'] as { data: JsonValue; pointer?: string }[] | undefined) ?? []) {
      cases.push({ module, name, data: counter.data, valid: false, ...(counter.pointer === undefined ? {} : { pointer: counter.pointer }) });
    }
  }
  const root = writePackage('@ndd/core', output.files);
  writeFileSync(join(root, 'cases.json'), JSON.stringify(cases));
  outcomes = runNode(root, RUNNER);
});

const RUNNER = `
import { readFileSync } from "node:fs";
const cases = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8"));
const escape = (s) => String(s).replace(/~/g, "~0").replace(/\\//g, "~1");
const location = (e) =>
  e.keyword === "required" || e.keyword === "dependentRequired" ? e.instancePath + "/" + escape(e.params.missingProperty) : e.instancePath;
async function run(suffix, allErrors) {
  const out = [];
  for (const c of cases) {
    const mod = await import("@ndd/core/validators/" + c.module + suffix);
    const validate = mod[c.name + (allErrors ? "AllErrors" : "")];
    const valid = validate(c.data);
    const errors = validate.errors ?? [];
    out.push({ valid, locations: errors.map(location), messages: errors.map((e) => e.message) });
  }
  return out;
}
console.log(JSON.stringify({ first: await run("", false), all: await run(".all-errors", true) }));
`;

describe.each(['first', 'all'] as const)('real dictionary, %s-error mode', (mode) => {
  it('has examples and counterexamples to check', () => {
    expect(cases.filter((c) => c.valid).length).toBeGreaterThan(20);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(20);
  });

  it('accepts every example', () => {
    const rejected = cases.flatMap((c, i) => (c.valid && !outcomes[mode][i]!.valid ? [{ module: c.module, data: c.data, errors: outcomes[mode][i]!.messages }] : []));
    expect(rejected).toEqual([]);
  });

  it('rejects every counterexample, at its pointer', () => {
    const wrong = cases.flatMap((c, i) => {
      if (c.valid) return [];
      const outcome = outcomes[mode][i]!;
      const atPointer = c.pointer === undefined || outcome.locations.includes(c.pointer);
      return outcome.valid || !atPointer ? [{ module: c.module, data: c.data, pointer: c.pointer, got: outcome }] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('gives every error a non-empty message', () => {
    for (const outcome of outcomes[mode]) for (const message of outcome.messages) expect(message.length).toBeGreaterThan(5);
  });
});
