/**
 * A tiny dictionary for training `ndd check`'s code cache (train.ts): an element, an entity that
 * references it and a dependent of that entity, so that a check loads, meta-validates, compares
 * and judges a dependent — the paths a real check spends its time on. Its facts are real: the
 * legal basis is the Law on Identity (Luật Căn cước, 26/2023/QH15, passed 27 November 2023).
 */

const BASE = 'https://schemas.ndd.gov.vn/';
const DIALECT = 'https://schemas.ndd.gov.vn/meta/v1/dialect';

function metadata(kind: 'entity' | 'element', status: string): Record<string, unknown> {
  return {
    version: '1.0.0',
    kind,
    status,
    layer: 'master',
    steward: { agency: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
    legalBasis: [{ document: '26/2023/QH15', title: { vi: 'Luật Căn cước', en: 'Law on Identity' }, provision: 'Điều 9', issued: '2023-11-27' }],
  };
}

const labels = (vi: string, en: string): Record<string, string> => ({ title: vi, 'x-title-en': en, description: `${vi}.`, 'x-description-en': `${en}.` });

/** The files of the training dictionary (path → JSON value), before the edit. */
export function trainingDictionary(): Record<string, unknown> {
  return {
    'ndd.dictionary.json': {
      baseUri: BASE,
      title: { vi: 'Từ điển huấn luyện', en: 'Training dictionary' },
      domains: { train: { title: { vi: 'Huấn luyện', en: 'Training' }, description: { vi: 'Miền huấn luyện.', en: 'A training domain.' }, package: '@ndd/train' } },
    },
    'train/full-name/v1.schema.json': {
      $schema: DIALECT,
      $id: `${BASE}train/full-name/v1`,
      ...labels('Họ và tên', 'Full name'),
      'x-ndd': metadata('element', 'standard'),
      type: 'string',
      minLength: 1,
      maxLength: 100,
      examples: ['Nguyễn Văn An'],
    },
    'train/person/v1.schema.json': {
      $schema: DIALECT,
      $id: `${BASE}train/person/v1`,
      ...labels('Công dân', 'Person'),
      'x-ndd': metadata('entity', 'standard'),
      type: 'object',
      properties: { fullName: { $ref: `${BASE}train/full-name/v1`, ...labels('Họ và tên', 'Full name'), examples: ['Nguyễn Văn An'] } },
      required: ['fullName'],
      additionalProperties: false,
      examples: [{ fullName: 'Nguyễn Văn An' }],
    },
    'train/household/v1.schema.json': {
      $schema: DIALECT,
      $id: `${BASE}train/household/v1`,
      ...labels('Hộ gia đình', 'Household'),
      'x-ndd': metadata('entity', 'standard'),
      type: 'object',
      properties: { members: { type: 'array', items: { $ref: `${BASE}train/person/v1` }, ...labels('Thành viên', 'Members'), examples: [[{ fullName: 'Trần Thị Bình' }]] } },
      additionalProperties: false,
      examples: [{ members: [{ fullName: 'Trần Thị Bình' }] }],
    },
  };
}

/** The edit checked against the committed files: a shorter full name (breaking, for its dependents too). */
export const TRAINING_EDIT = { path: 'train/full-name/v1.schema.json', from: '"maxLength": 100', to: '"maxLength": 50' } as const;
