// Generates the code lists of the administrative units in force since 1 July 2025:
//   dictionary/core/codelists/province/v1.schema.json  (34 provincial-level units)
//   dictionary/core/codelists/commune/v1.schema.json   (3,321 commune-level units)
// from vn-facts admin-units-2025-07-01.json (baseline) and admin-units-changes-after-2025-07-01.json
// (later changes of name and type; codes did not change), plus changes-verified-here.json (changes
// vn-facts lists only as reported, verified in this repository). Run: node scripts/codelists/generate.mjs
import { readFileSync } from 'node:fs';
import { emit, idOf, readFacts, refs, statisticsOffice, dialect, unitLabelEn, unitLabelVi } from './lib.mjs';

const verifiedHere = JSON.parse(readFileSync(new URL('./changes-verified-here.json', import.meta.url), 'utf8'));

const REFORM = '2025-07-01';
const dayBefore = (iso) => new Date(Date.parse(iso + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);

const management = {
  sourceSystem: {
    vi: 'Danh mục đơn vị hành chính Việt Nam do Cục Thống kê (Bộ Tài chính) ban hành và cập nhật',
    en: 'List of administrative units of Vietnam, issued and updated by the National Statistics Office (Ministry of Finance)',
  },
  owner: statisticsOffice.unit,
  update: {
    vi: 'Cập nhật khi có nghị quyết của Quốc hội hoặc Ủy ban Thường vụ Quốc hội về thành lập, nhập, chia, điều chỉnh địa giới hoặc đổi tên đơn vị hành chính; mã đã cấp không đổi, mã không còn dùng thì ghi ngày hết hiệu lực và mã kế thừa.',
    en: 'Updated when a National Assembly or Standing Committee resolution establishes, merges, splits, re-bounds or renames a unit; an issued code never changes meaning; a code that ends gets its last valid day and its successor codes.',
  },
};

/** Legal references of the later changes, by the legalBasis string of the changes file. */
function changeRefs(legalBasis) {
  if (legalBasis.startsWith('30/2026/QH16')) return [refs.nq30_2026];
  if (legalBasis.startsWith('237/NQ-UBTVQH16')) return [refs.nq237_2026];
  if (legalBasis.startsWith('36/2026/QH16')) return [refs.nq36_2026];
  if (legalBasis.startsWith('39/2026/QH16')) return [refs.nq39_2026];
  if (legalBasis.startsWith('388/NQ-UBTVQH16')) return [refs.nq388_2026];
  throw new Error(`no legal reference for change basis ${legalBasis}`);
}

/** Entry for a unit; `changes` are the later changes of this code, oldest first. */
function entry(unit, parent, changes, note) {
  const first = { vi: unit.nameVi, en: unitLabelEn(unit.nameEn, unit.type) };
  if (unitLabelVi(unit.name, unit.type) !== unit.nameVi) throw new Error(`label mismatch ${unit.code}`);
  let current = first;
  let labelHistory;
  if (changes.length > 0) {
    labelHistory = [{ ...first, validFrom: REFORM }];
    for (const change of changes) {
      if (change.old.nameVi !== current.vi) throw new Error(`change of ${unit.code} does not start from ${current.vi}`);
      const prev = labelHistory[labelHistory.length - 1];
      prev.validTo = dayBefore(change.effectiveDate);
      current = { vi: change.new.nameVi, en: unitLabelEn(unit.nameEn, change.new.type) };
      if (unitLabelVi(unit.name, change.new.type) !== current.vi) throw new Error(`new label mismatch ${unit.code}`);
      labelHistory.push({ ...current, validFrom: change.effectiveDate, legalBasis: changeRefs(change.legalBasis) });
    }
  }
  return { vi: current.vi, en: current.en, validFrom: REFORM, parent, note, labelHistory };
}

export function generate() {
  const units = readFacts('admin-units-2025-07-01.json');
  const later = readFacts('admin-units-changes-after-2025-07-01.json');
  if (units.provinces.length !== 34 || units.communes.length !== 3321) throw new Error('unexpected unit counts');
  const allChanges = [...later.changes, ...verifiedHere.changes];
  const changesOf = (level, code) =>
    allChanges.filter((c) => c.level === level && c.code === code).sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  // Reports that are still unverified (not superseded by a verified change) become notes.
  const reported = new Map(
    later.reportedNotInData
      .filter((r) => r.level === 'province' && !verifiedHere.changes.some((c) => c.level === 'province' && c.code === r.code))
      .map((r) => [r.code, r]),
  );
  const byCode = (a, b) => a.code.localeCompare(b.code);

  // Provinces.
  const provinces = [...units.provinces].sort(byCode);
  const provinceCodes = new Map();
  for (const p of provinces) {
    const notes = [`Hình thành từ đơn vị cấp tỉnh trước 01/7/2025 mã ${p.formedFrom.join(', ')}. Formed from the pre-1 July 2025 provinces ${p.formedFrom.join(', ')}.`];
    const r = reported.get(p.code);
    if (r !== undefined) {
      notes.push(`Chưa xác minh: có nguồn báo ${r.change} theo ${r.legalBasis} từ ${r.effectiveDate}; nhãn chưa đổi cho đến khi đọc được văn bản. Unverified: reported "${r.change}" by ${r.legalBasis} from ${r.effectiveDate}; the label is not changed until the text is read.`);
    }
    provinceCodes.set(p.code, entry(p, undefined, changesOf('province', p.code), notes.join(' ')));
  }
  const becameCity = provinces
    .flatMap((p) => changesOf('province', p.code).filter((c) => c.new.type === 'thành phố').map((c) => ({ name: p.name, nameEn: p.nameEn, date: c.effectiveDate })))
    .sort((a, b) => a.date.localeCompare(b.date));
  const nowCity = [...provinceCodes.values()].filter((e) => e.vi.startsWith('Thành phố ')).length;
  const nowTinh = provinceCodes.size - nowCity;
  const viDate = (iso) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
  const provincePath = 'core/codelists/province/v1';
  emit(provincePath, {
    $schema: dialect,
    $id: idOf(provincePath),
    $comment: 'Generated by scripts/codelists/admin-units.mjs from vn-facts admin-units-2025-07-01.json and admin-units-changes-after-2025-07-01.json, and scripts/codelists/changes-verified-here.json. Do not edit: change the facts or the script and re-run node scripts/codelists/generate.mjs.',
    title: 'Danh mục đơn vị hành chính cấp tỉnh',
    'x-title-en': 'Provincial-level administrative units',
    description: `Mã 2 chữ số của 34 đơn vị hành chính cấp tỉnh có hiệu lực từ ngày 01/7/2025 (28 tỉnh và 6 thành phố trực thuộc trung ương; sau đó ${becameCity.map((p) => `${p.name} từ ${viDate(p.date)}`).join(', ')} trở thành thành phố, nay còn ${nowTinh} tỉnh và ${nowCity} thành phố). Mỗi mã dùng lại mã của một tỉnh cũ nên chỉ mã thôi không phân biệt được đơn vị trước và sau sắp xếp: ngày hiệu lực cho biết đơn vị nào. Tên tiếng Anh không chính thức (tên bỏ dấu kèm loại đơn vị).`,
    'x-description-en': `Two-digit codes of the 34 provincial-level units in force from 1 July 2025 (28 provinces and 6 centrally governed cities; since then ${becameCity.map((p) => `${p.nameEn} on ${p.date}`).join(', ')} became cities, leaving ${nowTinh} provinces and ${nowCity} cities). Each code reuses the code of one former province, so the code alone does not tell the unit before and after the arrangement apart: the validity dates do. English labels are not official (name without diacritics plus the unit type).`,
    'x-ndd': {
      version: '1.0.0',
      kind: 'codelist',
      status: 'recorded',
      layer: 'reference',
      steward: statisticsOffice,
      legalBasis: [refs.qd19_2025, refs.nq202_2025, refs.cv915, refs.nq30_2026, refs.nq36_2026, refs.nq39_2026],
      management,
      validFrom: REFORM,
    },
    type: 'string',
    enum: [...provinceCodes.keys()],
    'x-codes': provinceCodes,
    examples: ['01', '79'],
    'x-counterexamples': [
      {
        data: '02',
        reason: {
          vi: '02 là mã tỉnh Hà Giang cũ, đã nhập vào tỉnh Tuyên Quang (08) từ 01/7/2025.',
          en: '02 is the code of the former Hà Giang province, merged into Tuyên Quang (08) on 1 July 2025.',
        },
      },
      { data: '1', reason: { vi: 'Mã tỉnh có đúng 2 chữ số.', en: 'A province code has exactly 2 digits.' } },
    ],
  });

  // Communes.
  const communes = [...units.communes].sort(byCode);
  const communeCodes = new Map();
  const iaMo = units.notes.find((n) => n.startsWith('Commune code 23938'));
  for (const c of communes) {
    if (!provinceCodes.has(c.provinceCode)) throw new Error(`commune ${c.code}: unknown province ${c.provinceCode}`);
    const note = c.code === '23938' ? `Công văn 1027/CTK-CSCL ghi mã 23737; dịch vụ dữ liệu của Cục Thống kê và danh sách production.cas.so dùng 23938; giữ 23938 (độ tin cậy: likely). ${iaMo}` : undefined;
    communeCodes.set(c.code, entry(c, c.provinceCode, changesOf('commune', c.code), note));
  }
  const communePath = 'core/codelists/commune/v1';
  emit(communePath, {
    $schema: dialect,
    $id: idOf(communePath),
    $comment: 'Generated by scripts/codelists/admin-units.mjs from vn-facts admin-units-2025-07-01.json and admin-units-changes-after-2025-07-01.json, and scripts/codelists/changes-verified-here.json. Do not edit: change the facts or the script and re-run node scripts/codelists/generate.mjs.',
    title: 'Danh mục đơn vị hành chính cấp xã',
    'x-title-en': 'Commune-level administrative units',
    description: 'Mã 5 chữ số của 3.321 đơn vị hành chính cấp xã (phường, xã, đặc khu) có hiệu lực từ ngày 01/7/2025, khi cấp huyện chấm dứt hoạt động; `parent` là mã đơn vị cấp tỉnh. Mã dùng lại mã của một xã cũ (ví dụ 00004 trước là Phường Trúc Bạch, nay là Phường Ba Đình), nên phải đọc mã cùng ngày hiệu lực. Các thay đổi sau ngày 01/7/2025 (10 xã của Đồng Nai từ 30/4/2026 và 12 xã của Bắc Ninh từ 20/9/2026 trở thành phường) được ghi trong labelHistory. Tên tiếng Anh không chính thức.',
    'x-description-en': 'Five-digit codes of the 3,321 commune-level units (wards, communes, special zones) in force from 1 July 2025, when the district level ended; `parent` is the provincial-level code. A code reuses the code of one former commune (00004 was Phường Trúc Bạch, now Phường Ba Đình), so read a code together with its validity dates. Changes after 1 July 2025 (10 Đồng Nai communes on 30 April 2026 and 12 Bắc Ninh communes on 20 September 2026 became wards) are in labelHistory. English labels are not official.',
    'x-ndd': {
      version: '1.0.0',
      kind: 'codelist',
      status: 'recorded',
      layer: 'reference',
      steward: statisticsOffice,
      legalBasis: [refs.qd19_2025, refs.nqUbtvqh2025, refs.cv1027, refs.nq237_2026, refs.nq388_2026],
      management,
      validFrom: REFORM,
    },
    type: 'string',
    enum: [...communeCodes.keys()],
    'x-codes': communeCodes,
    examples: ['00004', '26740', '25270'],
    'x-counterexamples': [
      {
        data: '00001',
        reason: {
          vi: '00001 là mã Phường Phúc Xá cũ (quận Ba Đình), không còn hiệu lực từ 01/7/2025.',
          en: '00001 is the code of the former Phúc Xá ward (Ba Đình district), not valid since 1 July 2025.',
        },
      },
      { data: '4', reason: { vi: 'Mã xã có đúng 5 chữ số.', en: 'A commune code has exactly 5 digits.' } },
    ],
  });
}
