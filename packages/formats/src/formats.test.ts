import { describe, expect, it } from 'vitest';
import {
  formatMessages,
  formats,
  isKnownBirthRegistrationProvinceCode,
  isPartialDate,
  isVnHealthInsuranceCardCode,
  isVnLandlinePhone,
  isVnMobilePhone,
  isVnPersonalId,
  isVnPhone,
  isVnPhoneE164,
  isVnSocialInsuranceNumber,
  isVnTaxCode,
  personalIdBirthYear,
  personalIdSex,
  taxCodeCheckDigit,
} from './index.js';

describe('vn-personal-id', () => {
  it('accepts 12-digit numbers with a 1900–2099 century code', () => {
    // Structure examples: Hà Nội (001), male born 1990; TP HCM (079), female born 2003;
    // Đà Nẵng (048), male born 2000; a birth registered before 2025 in Bình Dương (074).
    for (const id of ['001090012345', '079303001234', '048200123456', '074195000001']) {
      expect(isVnPersonalId(id), id).toBe(true);
    }
  });

  it('does not reject an unknown birth-registration code (births abroad carry country codes)', () => {
    // 003 and 100 are not province codes of Circular 07/2016; they may be country codes.
    expect(isVnPersonalId('003090012345')).toBe(true);
    expect(isVnPersonalId('100090012345')).toBe(true);
    expect(isKnownBirthRegistrationProvinceCode('003')).toBe(false);
    expect(isKnownBirthRegistrationProvinceCode('001')).toBe(true);
    expect(isKnownBirthRegistrationProvinceCode('096')).toBe(true);
    expect(isKnownBirthRegistrationProvinceCode('01 ')).toBe(false);
  });

  it('rejects wrong lengths, non-digits and births in 2100 or later', () => {
    for (const id of ['', '00109001234', '0010900123456', '001 90012345', '00109001234a', '００１０９００１２３４５', '001490012345', '001990012345', '123456789']) {
      expect(isVnPersonalId(id), JSON.stringify(id)).toBe(false);
    }
  });

  it('decodes the birth year and sex', () => {
    expect(personalIdBirthYear('001090012345')).toBe(1990);
    expect(personalIdBirthYear('079303001234')).toBe(2003);
    expect(personalIdBirthYear('079199001234')).toBe(1999);
    expect(personalIdBirthYear('07930300123')).toBeUndefined();
    expect(personalIdSex('001090012345')).toBe(1);
    expect(personalIdSex('079303001234')).toBe(2);
    expect(personalIdSex('x')).toBeUndefined();
  });
});

describe('vn-tax-code', () => {
  it('accepts real 10-digit tax codes (check digit 10 − r)', () => {
    // Quoted in vn-facts facts.md §2 from public repositories.
    for (const code of ['0100109106', '0315065353', '0305029405', '0109527605']) {
      expect(isVnTaxCode(code), code).toBe(true);
    }
    // Published codes of large enterprises (Vinamilk, FPT, Vietcombank, EVN); each also passes
    // the mod-11 check, which a wrong code would do only one time in eleven.
    for (const code of ['0300588569', '0101248141', '0100112437', '0100100079']) {
      expect(isVnTaxCode(code), code).toBe(true);
    }
  });

  it('handles r = 10 (check digit 0) and r = 0 (no valid check digit)', () => {
    // Petrolimex 0100107370: r = 10, so N10 = 0.
    expect(taxCodeCheckDigit('010010737')).toBe(0);
    expect(isVnTaxCode('0100107370')).toBe(true);
    // 100000008: weighted sum ≡ 0 (mod 11); 10 − 0 is not a digit, so no code has this prefix.
    expect(taxCodeCheckDigit('100000008')).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(isVnTaxCode(`100000008${d}`)).toBe(false);
  });

  it('rejects a wrong check digit, including the 11 − r variant', () => {
    expect(isVnTaxCode('0100109107')).toBe(false);
    // 11 − r would give 7 for 010010910.
    expect(isVnTaxCode('0100109105')).toBe(false);
    expect(isVnTaxCode('0315065354')).toBe(false);
    expect(isVnTaxCode('010010910')).toBe(false);
    expect(isVnTaxCode('01001091066')).toBe(false);
    expect(isVnTaxCode('01001091o6')).toBe(false);
  });

  it('accepts 13-character codes of dependent units with a valid head and suffix 001–999', () => {
    expect(isVnTaxCode('0100109106-001')).toBe(true);
    expect(isVnTaxCode('0100109106-999')).toBe(true);
    expect(isVnTaxCode('0100109106-000')).toBe(false);
    expect(isVnTaxCode('0100109107-001')).toBe(false);
    expect(isVnTaxCode('0100109106001')).toBe(false);
    expect(isVnTaxCode('0100109106_001')).toBe(false);
    expect(isVnTaxCode('0100109106-01')).toBe(false);
    expect(isVnTaxCode('0100109106-0a1')).toBe(false);
  });

  it('accepts a 12-digit personal identification number as an individual tax code', () => {
    expect(isVnTaxCode('001090012345')).toBe(true);
    expect(isVnTaxCode('001490012345')).toBe(false);
  });
});

describe('phones', () => {
  it('checks mobile numbers (10 digits, 03/05/07/08/09)', () => {
    for (const n of ['0912345678', '0321234567', '0561234567', '0701234567', '0861234567']) {
      expect(isVnMobilePhone(n), n).toBe(true);
    }
    // 11-digit pre-2018 numbers, landline, wrong prefixes, separators, E.164.
    for (const n of ['01212345678', '02438253535', '0112345678', '0612345678', '0412345678', '091234567', '0912 345 678', '0912.345.678', '+84912345678']) {
      expect(isVnMobilePhone(n), n).toBe(false);
    }
  });

  it('checks landline numbers (11 digits, 02…)', () => {
    for (const n of ['02438253535', '02838221234', '02363822111']) expect(isVnLandlinePhone(n), n).toBe(true);
    for (const n of ['0438253535', '0243825353', '024382535355', '0912345678', '19001234', '024 3825 3535']) {
      expect(isVnLandlinePhone(n), n).toBe(false);
    }
  });

  it('vn-phone is mobile or landline, vn-phone-e164 its international form', () => {
    expect(isVnPhone('0912345678')).toBe(true);
    expect(isVnPhone('02438253535')).toBe(true);
    expect(isVnPhone('+84912345678')).toBe(false);
    expect(isVnPhoneE164('+84912345678')).toBe(true);
    expect(isVnPhoneE164('+842438253535')).toBe(true);
    expect(isVnPhoneE164('+840912345678')).toBe(false);
    expect(isVnPhoneE164('84912345678')).toBe(false);
    expect(isVnPhoneE164('+8491234567')).toBe(false);
    expect(isVnPhoneE164('0912345678')).toBe(false);
  });
});

describe('partial-date', () => {
  it('accepts year, year-month and full dates that exist', () => {
    for (const d of ['1945', '1945-09', '1945-09-02', '2000-02-29', '2024-02-29', '1999-12-31', '0001-01-01']) {
      expect(isPartialDate(d), d).toBe(true);
    }
  });
  it('rejects impossible dates and other spellings', () => {
    for (const d of ['1900-02-29', '2023-02-29', '2025-04-31', '2025-13', '2025-00', '2025-01-00', '2025-01-32', '0000', '02/09/1945', '1945-9', '1945-09-2', '19450902', '45', '1945-09-02T00:00:00', ' 1945', '']) {
      expect(isPartialDate(d), d).toBe(false);
    }
  });
});

describe('insurance numbers', () => {
  it('checks the 10-digit social insurance number', () => {
    expect(isVnSocialInsuranceNumber('7912345678')).toBe(true);
    expect(isVnSocialInsuranceNumber('791234567')).toBe(false);
    expect(isVnSocialInsuranceNumber('79123456789')).toBe(false);
    expect(isVnSocialInsuranceNumber('79123456a8')).toBe(false);
  });
  it('checks the 15-character health insurance card code', () => {
    expect(isVnHealthInsuranceCardCode('DN4797912345678')).toBe(true);
    expect(isVnHealthInsuranceCardCode('GD4010112345678')).toBe(true);
    expect(isVnHealthInsuranceCardCode('DN6797912345678')).toBe(false); // level 6
    expect(isVnHealthInsuranceCardCode('DN0797912345678')).toBe(false); // level 0
    expect(isVnHealthInsuranceCardCode('dn4797912345678')).toBe(false);
    expect(isVnHealthInsuranceCardCode('DN479791234567')).toBe(false);
    expect(isVnHealthInsuranceCardCode('7912345678')).toBe(false);
  });
});

describe('formats record', () => {
  it('maps every format name to its checker and message', () => {
    expect(Object.keys(formats).sort()).toEqual(Object.keys(formatMessages).sort());
    expect(formats['vn-tax-code']('0100109106')).toBe(true);
    for (const message of Object.values(formatMessages)) {
      expect(message.vi.normalize('NFC')).toBe(message.vi);
      expect(message.en.length).toBeGreaterThan(20);
      expect(message.en).not.toBe(message.vi);
    }
  });
});
