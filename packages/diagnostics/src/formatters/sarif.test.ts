import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { NASTY } from '../test-support/nasty.js';
import { formatSarif, toUriReference } from './sarif.js';

/**
 * The parts of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that our output uses,
 * transcribed from the standard: required properties, enums and minimums.
 */
const SARIF_SUBSET = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        shortDescription: { $ref: '#/$defs/message' },
                        defaultConfiguration: { type: 'object', properties: { level: { $ref: '#/$defs/level' } } },
                      },
                    },
                  },
                },
              },
            },
          },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { $ref: '#/$defs/level' },
                message: { $ref: '#/$defs/message' },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: { type: 'object', properties: { uri: { type: 'string' } } },
                          region: {
                            type: 'object',
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                              endLine: { type: 'integer', minimum: 1 },
                              endColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
                properties: { type: 'object' },
              },
            },
          },
        },
      },
    },
  },
  $defs: {
    level: { enum: ['none', 'note', 'warning', 'error'] },
    message: { type: 'object', anyOf: [{ required: ['text'] }, { required: ['id'] }], properties: { text: { type: 'string' } } },
  },
};

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(NASTY, { tool: { name: 'ndd', version: '1.2.3' }, describeCode: (c) => (c === 'dangling-ref' ? 'A $ref leads nowhere.' : undefined) }));

  it('is a SARIF 2.1.0 log of the required shape', () => {
    const validate = new Ajv({ strict: true, strictRequired: false, validateFormats: false }).compile(SARIF_SUBSET);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The subset has teeth: our own severity word is not a SARIF level.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'info';
    expect(validate(broken)).toBe(false);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'ndd', version: '1.2.3' });
  });

  it('declares one rule per diagnostic code, and each result points at its rule by id and index', () => {
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['config-missing', 'dangling-ref', 'label-not-nfc']);
    expect(run.tool.driver.rules[1].shortDescription.text).toBe('A $ref leads nowhere.');
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['note', 'warning', 'error', 'error']);
  });

  it('keeps message text intact and gives locations with a region', () => {
    const result = log.runs[0].results[2];
    expect(result.message.text).toBe(`${NASTY[0]!.message}\nHint: ${NASTY[0]!.hint}`);
    expect(result.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'core/person/v1.schema.json' },
          region: { startLine: 4, startColumn: 14, endLine: 4, endColumn: 38 },
        },
      },
    ]);
    expect(result.properties.pointer).toBe('/properties/hoTen');
    expect(log.runs[0].results[0].locations).toBeUndefined();
  });

  it('percent-encodes path segments into URI references', () => {
    expect(toUriReference('core/dir, with: odd|chars/v1.schema.json')).toBe('core/dir%2C%20with%3A%20odd%7Cchars/v1.schema.json');
    expect(toUriReference('cốt lõi\\a.json')).toBe('c%E1%BB%91t%20l%C3%B5i/a.json');
    expect(log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('core/dir%2C%20with%3A%20odd%7Cchars/v1.schema.json');
  });
});
