// Shared helpers of the code-list generators: where the facts are, how a schema file is written.
// Every generator is a pure function of its input files, so re-running it gives byte-identical
// output; `--check` compares instead of writing (for CI: committed files must not drift).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** vn-facts lives beside the checkout (../shared/vn-facts); NDD_VN_FACTS overrides it. */
export const factsDir = process.env.NDD_VN_FACTS ?? resolve(repoRoot, '..', 'shared', 'vn-facts');
export const baseUri = 'https://schemas.ndd.gov.vn/';
export const dialect = 'https://schemas.ndd.gov.vn/meta/v1/dialect';

export function readFacts(name) {
  return JSON.parse(readFileSync(join(factsDir, name), 'utf8'));
}

/**
 * JSON with 2-space indentation and keys in insertion order. Objects whose keys look like
 * integers ("10") would be reordered by JavaScript before "01", so ordered maps are passed as
 * `Map`s and written in the order given.
 */
export function stringify(value, indent = '') {
  const next = indent + '  ';
  if (value instanceof Map) value = [...value.entries()];
  else if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[\n' + value.map((v) => next + stringify(v, next)).join(',\n') + '\n' + indent + ']';
  } else if (value !== null && typeof value === 'object') value = Object.entries(value);
  else {
    if (typeof value === 'string' && value.normalize('NFC') !== value) throw new Error(`not NFC: ${value}`);
    return JSON.stringify(value);
  }
  const entries = value.filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return '{\n' + entries.map(([k, v]) => next + JSON.stringify(k) + ': ' + stringify(v, next)).join(',\n') + '\n' + indent + '}';
}

/** Writes (or with --check, compares) `dictionary/<path>.schema.json`. Returns true when unchanged. */
export function emit(path, schema) {
  const file = join(repoRoot, 'dictionary', `${path}.schema.json`);
  const text = stringify(schema) + '\n';
  const check = process.argv.includes('--check');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const rel = relative(repoRoot, file);
  if (old === text) {
    console.log(`unchanged ${rel}`);
    return true;
  }
  if (check) {
    console.error(`DRIFT ${rel}: committed file differs from the generator's output`);
    process.exitCode = 1;
    return false;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${rel}`);
  return false;
}

export const idOf = (path) => baseUri + path;

/** Legal references used by several lists. */
export const refs = {
  qd19_2025: {
    document: '19/2025/QĐ-TTg',
    title: {
      vi: 'Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam',
      en: 'Decision issuing the list and codes of the administrative units of Vietnam',
    },
    issued: '2025-06-30',
    effective: '2025-07-01',
    confidence: 'likely',
  },
  nq202_2025: {
    document: '202/2025/QH15',
    title: {
      vi: 'Nghị quyết của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh',
      en: 'National Assembly resolution on the arrangement of provincial-level administrative units',
    },
    issued: '2025-06-12',
    effective: '2025-07-01',
    confidence: 'likely',
  },
  cv915: {
    document: '915/CTK-CSCL',
    title: {
      vi: 'Công văn của Cục Thống kê về mã số đơn vị hành chính cấp tỉnh sau sắp xếp',
      en: 'Official letter of the Statistics Office on the codes of the provincial-level units after the arrangement',
    },
    confidence: 'likely',
  },
  cv1027: {
    document: '1027/CTK-CSCL',
    title: {
      vi: 'Công văn của Cục Thống kê về danh mục và mã số đơn vị hành chính cấp xã sau sắp xếp',
      en: 'Official letter of the Statistics Office on the list and codes of the commune-level units after the arrangement',
    },
    issued: '2025-06-25',
    confidence: 'certain',
  },
  nqUbtvqh2025: {
    document: '1654/NQ-UBTVQH15 … 1687/NQ-UBTVQH15',
    title: {
      vi: '34 nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của từng tỉnh, thành phố',
      en: '34 resolutions of the National Assembly Standing Committee arranging the commune-level units of each province',
    },
    issued: '2025-06-16',
    effective: '2025-07-01',
    confidence: 'certain',
  },
  nq30_2026: {
    document: '30/2026/QH16',
    title: {
      vi: 'Nghị quyết của Quốc hội về việc thành lập thành phố Đồng Nai trực thuộc trung ương',
      en: 'National Assembly resolution establishing Đồng Nai as a centrally governed city',
    },
    issued: '2026-04-14',
    effective: '2026-04-30',
    confidence: 'likely',
  },
  nq36_2026: {
    document: '36/2026/QH16',
    title: {
      vi: 'Nghị quyết của Quốc hội về việc thành lập thành phố Quảng Ninh trực thuộc trung ương',
      en: 'National Assembly resolution establishing Quảng Ninh as a centrally governed city',
    },
    effective: '2026-09-01',
    confidence: 'likely',
  },
  nq39_2026: {
    document: '39/2026/QH16',
    title: {
      vi: 'Nghị quyết của Quốc hội về việc thành lập thành phố Bắc Ninh trực thuộc trung ương',
      en: 'National Assembly resolution establishing Bắc Ninh as a centrally governed city',
    },
    effective: '2026-09-20',
    url: 'https://vanban.chinhphu.vn/?docid=219328&pageid=27160',
    confidence: 'likely',
  },
  nq388_2026: {
    document: '388/NQ-UBTVQH16',
    title: {
      vi: 'Nghị quyết của Ủy ban Thường vụ Quốc hội về việc thành lập các phường thuộc tỉnh Bắc Ninh',
      en: 'National Assembly Standing Committee resolution establishing wards in Bắc Ninh',
    },
    issued: '2026-08-04',
    effective: '2026-09-20',
    confidence: 'likely',
  },
  nq237_2026: {
    document: '237/NQ-UBTVQH16',
    title: {
      vi: 'Nghị quyết của Ủy ban Thường vụ Quốc hội về việc thành lập 10 phường thuộc tỉnh Đồng Nai',
      en: 'National Assembly Standing Committee resolution establishing 10 wards in Đồng Nai',
    },
    effective: '2026-04-30',
    confidence: 'likely',
  },
};

export const statisticsOffice = {
  agency: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  unit: { vi: 'Cục Thống kê', en: 'National Statistics Office' },
};

/** English label of a unit type: "Phường Ba Đình" → "Ba Dinh Ward". Names without diacritics come from vn-facts (not official). */
export const unitTypeEn = { 'thành phố': 'City', 'tỉnh': 'Province', 'phường': 'Ward', 'xã': 'Commune', 'đặc khu': 'Special Zone' };
export function unitLabelEn(nameEn, type) {
  const suffix = unitTypeEn[type];
  if (suffix === undefined) throw new Error(`unknown unit type ${type}`);
  return nameEn.endsWith(' City') && suffix === 'City' ? nameEn : `${nameEn} ${suffix}`;
}
/** "Tỉnh Đồng Nai" + "thành phố" → "Thành phố Đồng Nai" */
export function unitLabelVi(name, type) {
  return type.charAt(0).toUpperCase() + type.slice(1) + ' ' + name;
}
