/**
 * The conversion fixture: one small schema per case, its expected OpenAPI 3.0 component (written
 * by hand from the OpenAPI 3.0.3 specification, not copied from the generator) and instances
 * with their validity under the 2020-12 source. `loose` marks instances the 3.0 document
 * accepts although the source rejects them: the documented loosenings.
 */
import { idOf, type FixtureSchema } from './fixture.js';

export interface Instance {
  readonly data: unknown;
  /** Valid under the 2020-12 source (and so under the 3.1 document). */
  readonly valid: boolean;
  /** Accepted by the 3.0 document although invalid under the source (a reported loosening). */
  readonly loose?: true;
}

export interface Case extends FixtureSchema {
  /** Component name. */
  readonly component: string;
  /** The 3.0 component without the root boilerplate (`x-ndd-id`, `title`, `x-title-en`, `x-ndd`). */
  readonly expected30: Record<string, unknown>;
  readonly instances: readonly Instance[];
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const CASES: readonly Case[] = [
  {
    path: 'core/nullable-string/v1',
    component: 'NullableString',
    body: { type: ['string', 'null'], maxLength: 5 },
    expected30: { type: 'string', maxLength: 5, nullable: true },
    instances: [
      { data: 'abc', valid: true },
      { data: null, valid: true },
      { data: 'abcdef', valid: false },
      { data: 3, valid: false },
    ],
  },
  {
    path: 'core/string-or-integer/v1',
    component: 'StringOrInteger',
    body: { type: ['string', 'integer', 'null'], minLength: 1, minimum: 0 },
    expected30: {
      minLength: 1,
      minimum: 0,
      allOf: [{ anyOf: [{ type: 'string', nullable: true }, { type: 'integer', nullable: true }] }],
    },
    instances: [
      { data: 'a', valid: true },
      { data: '', valid: false },
      { data: 0, valid: true },
      { data: -1, valid: false },
      { data: null, valid: true },
      { data: 1.5, valid: false },
      { data: true, valid: false },
    ],
  },
  {
    path: 'core/only-null/v1',
    component: 'OnlyNull',
    body: { type: 'null' },
    expected30: { type: 'string', nullable: true, enum: [null] },
    instances: [
      { data: null, valid: true },
      { data: 'x', valid: false },
      { data: 0, valid: false },
    ],
  },
  {
    path: 'core/bounds/v1',
    component: 'Bounds',
    body: {
      type: 'object',
      properties: {
        open: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10, maximum: 10 },
        inclusiveWins: { type: 'number', minimum: 5, exclusiveMinimum: 3 },
        exclusiveWins: { type: 'number', maximum: 8, exclusiveMaximum: 5 },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        open: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true },
        inclusiveWins: { type: 'number', minimum: 5 },
        exclusiveWins: { type: 'number', maximum: 5, exclusiveMaximum: true },
      },
    },
    instances: [
      { data: { open: 0 }, valid: false },
      { data: { open: 0.1 }, valid: true },
      { data: { open: 10 }, valid: false },
      { data: { inclusiveWins: 5 }, valid: true },
      { data: { inclusiveWins: 4 }, valid: false },
      { data: { exclusiveWins: 5 }, valid: false },
      { data: { exclusiveWins: 4.9 }, valid: true },
    ],
  },
  {
    path: 'core/constants/v1',
    component: 'Constants',
    body: { type: 'object', properties: { country: { const: 'VN' }, both: { enum: ['a', 'b'], const: 'a' } } },
    expected30: { type: 'object', properties: { country: { enum: ['VN'] }, both: { enum: ['a', 'b'], allOf: [{ enum: ['a'] }] } } },
    instances: [
      { data: { country: 'VN' }, valid: true },
      { data: { country: 'US' }, valid: false },
      { data: { both: 'a' }, valid: true },
      { data: { both: 'b' }, valid: false },
    ],
  },
  {
    path: 'core/with-examples/v1',
    component: 'WithExamples',
    body: { type: 'object', properties: { many: { type: 'string', examples: ['a', 'b'] }, one: { type: 'string', examples: ['x'] } } },
    expected30: { type: 'object', properties: { many: { type: 'string', example: 'a', 'x-examples': ['a', 'b'] }, one: { type: 'string', example: 'x' } } },
    instances: [{ data: { many: 'z' }, valid: true }],
  },
  {
    path: 'core/name/v1',
    component: 'Name',
    body: {
      type: 'string',
      minLength: 1,
      'x-aliases': { qcvn109: 'HoVaTen' },
      'x-counterexamples': [{ data: '', reason: { vi: 'Rỗng.', en: 'Empty.' } }],
    },
    expected30: { type: 'string', minLength: 1, 'x-aliases': { qcvn109: 'HoVaTen' } },
    instances: [
      { data: 'An', valid: true },
      { data: '', valid: false },
    ],
  },
  {
    path: 'core/holder/v1',
    component: 'Holder',
    body: {
      type: 'object',
      properties: {
        plain: { $ref: idOf('core/name/v1') },
        described: { $ref: idOf('core/name/v1'), description: 'Tên người giữ.', 'x-aliases': { qcvn109: 'HoTen' } },
      },
      $comment: 'Ghi chú cho người viết.',
    },
    expected30: {
      type: 'object',
      properties: {
        plain: ref('Name'),
        described: { allOf: [ref('Name')], description: 'Tên người giữ.', 'x-aliases': { qcvn109: 'HoTen' } },
      },
      'x-comment': 'Ghi chú cho người viết.',
    },
    instances: [
      { data: { plain: 'a', described: 'b' }, valid: true },
      { data: { described: '' }, valid: false },
      { data: { plain: 1 }, valid: false },
    ],
  },
  {
    path: 'core/tuple/v1',
    component: 'Tuple',
    body: {
      type: 'object',
      properties: {
        closed: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
        open: { type: 'array', prefixItems: [{ type: 'string' }] },
        rest: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'boolean' } },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        closed: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, maxItems: 2 },
        open: { type: 'array', items: {} },
        rest: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'boolean' }] } },
      },
    },
    instances: [
      { data: { closed: ['a', 1] }, valid: true },
      { data: { closed: [1, 'a'] }, valid: false, loose: true },
      { data: { closed: ['a', 1, 2] }, valid: false },
      { data: { closed: [true] }, valid: false },
      { data: { open: [1] }, valid: false, loose: true },
      { data: { rest: ['a', true, false] }, valid: true },
      { data: { rest: [true, 'a'] }, valid: false, loose: true },
    ],
  },
  {
    path: 'core/with-defs/v1',
    component: 'WithDefs',
    body: {
      type: 'object',
      properties: {
        home: { $ref: '#/$defs/address' },
        phones: { type: 'array', items: { $ref: '#/$defs/home-phone' } },
      },
      $defs: {
        address: {
          type: 'object',
          properties: { line: { $ref: '#/$defs/address/$defs/line' } },
          $defs: { line: { type: 'string', maxLength: 10 } },
        },
        'home-phone': { type: 'string', pattern: '^0[0-9]{9}$' },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        home: ref('WithDefs_Address'),
        phones: { type: 'array', items: ref('WithDefs_Home-phone') },
      },
    },
    instances: [
      { data: { home: { line: 'Hàng Bài' }, phones: ['0912345678'] }, valid: true },
      { data: { home: { line: 'Một dòng quá dài' } }, valid: false },
      { data: { phones: ['12'] }, valid: false },
    ],
  },
  {
    path: 'core/dependencies/v1',
    component: 'Dependencies',
    body: { type: 'object', dependentRequired: { card: ['expiry'] }, dependentSchemas: { spouse: { required: ['marriageDate'] } } },
    expected30: {
      type: 'object',
      allOf: [
        { anyOf: [{ not: { type: 'object', required: ['card'] } }, { required: ['expiry'] }] },
        { anyOf: [{ not: { type: 'object', required: ['spouse'] } }, { required: ['marriageDate'] }] },
      ],
    },
    instances: [
      { data: {}, valid: true },
      { data: { card: 1 }, valid: false },
      { data: { card: 1, expiry: 2 }, valid: true },
      { data: { spouse: 1 }, valid: false },
      { data: { spouse: 1, marriageDate: 2 }, valid: true },
    ],
  },
  {
    path: 'core/closed/v1',
    component: 'Closed',
    body: { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false },
    expected30: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    instances: [
      { data: { a: 'x' }, valid: true },
      { data: { b: 1 }, valid: false },
    ],
  },
  {
    path: 'core/closed-composed/v1',
    component: 'ClosedComposed',
    body: { allOf: [{ properties: { a: { type: 'string' } } }], properties: { b: { type: 'integer' } }, unevaluatedProperties: false },
    expected30: { allOf: [{ properties: { a: { type: 'string' } } }], properties: { b: { type: 'integer' } } },
    instances: [
      { data: { a: 'x', b: 1 }, valid: true },
      { data: { a: 1 }, valid: false },
      { data: { c: 1 }, valid: false, loose: true },
    ],
  },
  {
    path: 'core/list/v1',
    component: 'List',
    body: {
      type: 'object',
      properties: {
        rest: { type: 'array', prefixItems: [{ type: 'string' }], unevaluatedItems: { type: 'integer' } },
        plain: { type: 'array', unevaluatedItems: false },
        composed: { type: 'array', allOf: [{ prefixItems: [{ type: 'string' }] }], unevaluatedItems: false },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        rest: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } },
        plain: { type: 'array', items: { not: {} } },
        composed: { type: 'array', allOf: [{ items: {} }], items: {} },
      },
    },
    instances: [
      { data: { rest: ['a', 1, 2] }, valid: true },
      { data: { rest: ['a', 'b'] }, valid: false, loose: true },
      { data: { plain: [] }, valid: true },
      { data: { plain: [1] }, valid: false },
      { data: { composed: ['a'] }, valid: true },
      { data: { composed: ['a', 1] }, valid: false, loose: true },
    ],
  },
  {
    path: 'core/conditional/v1',
    component: 'Conditional',
    body: {
      type: 'object',
      if: { properties: { kind: { const: 'person' } }, required: ['kind'] },
      then: { required: ['personalId'] },
      else: { required: ['taxCode'] },
    },
    expected30: {
      type: 'object',
      allOf: [
        {
          anyOf: [
            { allOf: [{ properties: { kind: { enum: ['person'] } }, required: ['kind'] }, { required: ['personalId'] }] },
            { allOf: [{ not: { properties: { kind: { enum: ['person'] } }, required: ['kind'] } }, { required: ['taxCode'] }] },
          ],
        },
      ],
    },
    instances: [
      { data: { kind: 'person', personalId: '1' }, valid: true },
      { data: { kind: 'person' }, valid: false },
      { data: { kind: 'org', taxCode: '1' }, valid: true },
      { data: { kind: 'org' }, valid: false },
      { data: { taxCode: '1' }, valid: true },
    ],
  },
  {
    path: 'core/conditional-partial/v1',
    component: 'ConditionalPartial',
    body: {
      type: 'object',
      properties: {
        thenOnly: { if: { minimum: 10 }, then: { multipleOf: 5 } },
        elseOnly: { if: { type: 'string' }, else: { type: 'integer' } },
        thenAlone: { then: { type: 'string' } },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        thenOnly: { allOf: [{ anyOf: [{ not: { minimum: 10 } }, { multipleOf: 5 }] }] },
        elseOnly: { allOf: [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }] },
        thenAlone: {},
      },
    },
    instances: [
      { data: { thenOnly: 3 }, valid: true },
      { data: { thenOnly: 12 }, valid: false },
      { data: { thenOnly: 15 }, valid: true },
      { data: { elseOnly: 'a' }, valid: true },
      { data: { elseOnly: 1 }, valid: true },
      { data: { elseOnly: 1.5 }, valid: false },
      { data: { thenAlone: 1 }, valid: true },
    ],
  },
  {
    path: 'core/contains/v1',
    component: 'Contains',
    body: {
      type: 'object',
      properties: {
        some: { type: 'array', contains: { type: 'string' } },
        counted: { type: 'array', contains: { type: 'string' }, minContains: 2, maxContains: 3 },
        optional: { type: 'array', contains: { type: 'string' }, minContains: 0 },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        some: { type: 'array', items: {}, allOf: [{ not: { type: 'array', items: { not: { type: 'string' } } } }] },
        counted: { type: 'array', items: {}, allOf: [{ not: { type: 'array', items: { not: { type: 'string' } } } }] },
        optional: { type: 'array', items: {} },
      },
    },
    instances: [
      { data: { some: [1, 'a'] }, valid: true },
      { data: { some: [1] }, valid: false },
      { data: { some: [] }, valid: false },
      { data: { counted: ['a', 'b'] }, valid: true },
      { data: { counted: ['a'] }, valid: false, loose: true },
      { data: { counted: ['a', 'b', 'c', 'd'] }, valid: false, loose: true },
      { data: { counted: [1] }, valid: false },
      { data: { optional: [1] }, valid: true },
    ],
  },
  {
    path: 'core/patterns/v1',
    component: 'Patterns',
    body: {
      type: 'object',
      properties: {
        closed: { type: 'object', properties: { id: { type: 'string' } }, patternProperties: { '^x_': { type: 'string' } }, additionalProperties: false },
        open: { type: 'object', patternProperties: { '^n_': { type: 'integer' } } },
        named: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
      },
    },
    expected30: {
      type: 'object',
      properties: {
        closed: { type: 'object', properties: { id: { type: 'string' } }, additionalProperties: { type: 'string' } },
        open: { type: 'object' },
        named: { type: 'object' },
      },
    },
    instances: [
      { data: { closed: { id: 'a', x_b: 'c' } }, valid: true },
      { data: { closed: { y: 'c' } }, valid: false, loose: true },
      { data: { closed: { x_b: 1 } }, valid: false },
      { data: { open: { n_a: 'x' } }, valid: false, loose: true },
      { data: { named: { ABC: 1 } }, valid: false, loose: true },
      { data: { named: { abc: 1 } }, valid: true },
    ],
  },
  {
    path: 'core/content/v1',
    component: 'Content',
    body: { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/json', contentSchema: { type: 'object' } },
    expected30: { type: 'string', format: 'byte', 'x-contentEncoding': 'base64', 'x-contentMediaType': 'application/json' },
    instances: [{ data: 'e30=', valid: true }],
  },
  {
    path: 'core/booleans/v1',
    component: 'Booleans',
    body: { type: 'object', properties: { never: false, anything: true, noItems: { type: 'array', items: false } }, additionalProperties: false },
    expected30: {
      type: 'object',
      properties: { never: { not: {} }, anything: {}, noItems: { type: 'array', items: { not: {} } } },
      additionalProperties: false,
    },
    instances: [
      { data: {}, valid: true },
      { data: { never: 1 }, valid: false },
      { data: { anything: [1] }, valid: true },
      { data: { noItems: [] }, valid: true },
      { data: { noItems: [1] }, valid: false },
      { data: { other: 1 }, valid: false },
    ],
  },
  {
    path: 'core/dynamic/v1',
    component: 'Dynamic',
    body: { $dynamicAnchor: 'node', type: 'object', properties: { child: { $dynamicRef: '#node' } } },
    expected30: { type: 'object', properties: { child: {} } },
    instances: [],
  },
  {
    path: 'core/old/v1',
    component: 'Old',
    deprecated: true,
    body: { type: 'string' },
    expected30: { type: 'string', deprecated: true },
    instances: [{ data: 'x', valid: true }],
  },
  {
    path: 'core/pointing/v1',
    component: 'Pointing',
    body: { type: 'object', properties: { inner: { $ref: `${idOf('core/holder/v1')}#/properties/described` } } },
    expected30: { type: 'object', properties: { inner: ref('Holder/properties/described') } },
    instances: [
      { data: { inner: 'a' }, valid: true },
      { data: { inner: '' }, valid: false },
    ],
  },
  {
    path: 'land/parcel/v1',
    component: 'Parcel',
    body: {
      type: 'object',
      properties: { owner: { $ref: idOf('core/holder/v1') }, area: { type: 'number', exclusiveMinimum: 0 } },
      unevaluatedProperties: false,
    },
    expected30: {
      type: 'object',
      properties: { owner: ref('core.Holder'), area: { type: 'number', minimum: 0, exclusiveMinimum: true } },
      additionalProperties: false,
    },
    instances: [
      { data: { owner: { plain: 'An' }, area: 12.5 }, valid: true },
      { data: { area: 0 }, valid: false },
      { data: { owner: { plain: '' } }, valid: false },
      { data: { extra: 1 }, valid: false },
    ],
  },
];

/**
 * Every diagnostic the core domain's run must produce, as `[code, file, pointer]`, written by
 * hand from the cases above.
 */
export const EXPECTED_CORE_DIAGNOSTICS: readonly (readonly [string, string, string])[] = [
  ['openapi30-unevaluated-properties', 'core/closed-composed/v1.schema.json', '/unevaluatedProperties'],
  ['openapi30-ignored-keyword', 'core/conditional-partial/v1.schema.json', '/properties/thenAlone/then'],
  ['openapi30-content-schema', 'core/content/v1.schema.json', '/contentSchema'],
  ['openapi30-contains-count', 'core/contains/v1.schema.json', '/properties/counted/maxContains'],
  ['openapi-dynamic-anchor', 'core/dynamic/v1.schema.json', '/$dynamicAnchor'],
  ['openapi-dynamic-ref', 'core/dynamic/v1.schema.json', '/properties/child/$dynamicRef'],
  ['openapi30-prefix-items', 'core/list/v1.schema.json', '/properties/rest/prefixItems'],
  ['openapi30-prefix-items', 'core/list/v1.schema.json', '/properties/composed/allOf/0/prefixItems'],
  ['openapi30-unevaluated-items', 'core/list/v1.schema.json', '/properties/composed/unevaluatedItems'],
  ['openapi30-null-type', 'core/only-null/v1.schema.json', '/type'],
  ['openapi30-pattern-properties', 'core/patterns/v1.schema.json', '/properties/closed/patternProperties'],
  ['openapi30-pattern-properties', 'core/patterns/v1.schema.json', '/properties/open/patternProperties'],
  ['openapi30-property-names', 'core/patterns/v1.schema.json', '/properties/named/propertyNames'],
  ['openapi-ref-into-schema', 'core/pointing/v1.schema.json', '/properties/inner/$ref'],
  ['openapi30-prefix-items', 'core/tuple/v1.schema.json', '/properties/closed/prefixItems'],
  ['openapi30-prefix-items', 'core/tuple/v1.schema.json', '/properties/open/prefixItems'],
  ['openapi30-prefix-items', 'core/tuple/v1.schema.json', '/properties/rest/prefixItems'],
];
