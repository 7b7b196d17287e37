/**
 * `@ndd/formats`: full checks of Vietnamese identifiers and partial dates, as pure functions.
 *
 * Each format lives in its own module (`@ndd/formats/vn-tax-code`…) with one checker and one
 * bilingual message, so that a standalone validator imports only the checkers it uses. This entry
 * point re-exports them all and offers the {@link formats} record for `ajv.addFormat`.
 *
 * @packageDocumentation
 */
import type { BilingualMessage, FormatChecker } from './types.js';
import { isPartialDate, partialDateMessage } from './partial-date.js';
import { isVnHealthInsuranceCardCode, vnHealthInsuranceCardCodeMessage } from './vn-health-insurance-card-code.js';
import { isVnLandlinePhone, vnLandlinePhoneMessage } from './vn-landline-phone.js';
import { isVnMobilePhone, vnMobilePhoneMessage } from './vn-mobile-phone.js';
import { isVnPersonalId, vnPersonalIdMessage } from './vn-personal-id.js';
import { isVnPhoneE164, vnPhoneE164Message } from './vn-phone-e164.js';
import { isVnPhone, vnPhoneMessage } from './vn-phone.js';
import { isVnSocialInsuranceNumber, vnSocialInsuranceNumberMessage } from './vn-social-insurance-number.js';
import { isVnTaxCode, vnTaxCodeMessage } from './vn-tax-code.js';

export type { BilingualMessage, FormatChecker } from './types.js';
export { isPartialDate, partialDateMessage } from './partial-date.js';
export { isVnHealthInsuranceCardCode, vnHealthInsuranceCardCodeMessage } from './vn-health-insurance-card-code.js';
export { isVnLandlinePhone, vnLandlinePhoneMessage } from './vn-landline-phone.js';
export { isVnMobilePhone, vnMobilePhoneMessage } from './vn-mobile-phone.js';
export {
  isKnownBirthRegistrationProvinceCode,
  isVnPersonalId,
  personalIdBirthYear,
  personalIdSex,
  vnPersonalIdMessage,
} from './vn-personal-id.js';
export { isVnPhoneE164, vnPhoneE164Message } from './vn-phone-e164.js';
export { isVnPhone, vnPhoneMessage } from './vn-phone.js';
export { isVnSocialInsuranceNumber, vnSocialInsuranceNumberMessage } from './vn-social-insurance-number.js';
export { isVnTaxCode, taxCodeCheckDigit, vnTaxCodeMessage } from './vn-tax-code.js';

/** The names of the formats ndd asserts beyond JSON Schema's own. */
export type FormatName =
  | 'vn-personal-id'
  | 'vn-tax-code'
  | 'vn-mobile-phone'
  | 'vn-landline-phone'
  | 'vn-phone'
  | 'vn-phone-e164'
  | 'partial-date'
  | 'vn-social-insurance-number'
  | 'vn-health-insurance-card-code';

/**
 * Format name → checker, for `ajv.addFormat(name, checker)` (ajv applies string formats to
 * strings only, so each checker receives a string).
 */
export const formats: Readonly<Record<FormatName, FormatChecker>> = {
  'vn-personal-id': isVnPersonalId,
  'vn-tax-code': isVnTaxCode,
  'vn-mobile-phone': isVnMobilePhone,
  'vn-landline-phone': isVnLandlinePhone,
  'vn-phone': isVnPhone,
  'vn-phone-e164': isVnPhoneE164,
  'partial-date': isPartialDate,
  'vn-social-insurance-number': isVnSocialInsuranceNumber,
  'vn-health-insurance-card-code': isVnHealthInsuranceCardCode,
};

/** Format name → bilingual error message, for validators' error reports. */
export const formatMessages: Readonly<Record<FormatName, BilingualMessage>> = {
  'vn-personal-id': vnPersonalIdMessage,
  'vn-tax-code': vnTaxCodeMessage,
  'vn-mobile-phone': vnMobilePhoneMessage,
  'vn-landline-phone': vnLandlinePhoneMessage,
  'vn-phone': vnPhoneMessage,
  'vn-phone-e164': vnPhoneE164Message,
  'partial-date': partialDateMessage,
  'vn-social-insurance-number': vnSocialInsuranceNumberMessage,
  'vn-health-insurance-card-code': vnHealthInsuranceCardCodeMessage,
};
