/**
 * The rule table: every change kind the engine reports, in one place. RULES.md is generated
 * from it, and a test fails when a file in this folder is missing here.
 */
import type { CompatRule } from '../rule.js';
import { additionalPropertiesChanged } from './additional-properties-changed.js';
import { allOfChanged } from './all-of-changed.js';
import { analysisLimit } from './analysis-limit.js';
import { anyOfBranchAdded } from './any-of-branch-added.js';
import { anyOfBranchRemoved } from './any-of-branch-removed.js';
import { anyOfChanged } from './any-of-changed.js';
import { anyOfRestrictedToOneOf } from './any-of-restricted-to-one-of.js';
import { commentChanged } from './comment-changed.js';
import { conditionChanged } from './condition-changed.js';
import { constAdded } from './const-added.js';
import { constChanged } from './const-changed.js';
import { constRemoved } from './const-removed.js';
import { containsAdded } from './contains-added.js';
import { containsChanged } from './contains-changed.js';
import { containsRemoved } from './contains-removed.js';
import { contentAnnotationChanged } from './content-annotation-changed.js';
import { defaultChanged } from './default-changed.js';
import { dependentRequiredAdded } from './dependent-required-added.js';
import { dependentRequiredRemoved } from './dependent-required-removed.js';
import { dependentSchemasChanged } from './dependent-schemas-changed.js';
import { deprecatedChanged } from './deprecated-changed.js';
import { descriptionChanged } from './description-changed.js';
import { enumAdded } from './enum-added.js';
import { enumRemoved } from './enum-removed.js';
import { enumValueAccepted } from './enum-value-accepted.js';
import { enumValueAdded } from './enum-value-added.js';
import { enumValueRejected } from './enum-value-rejected.js';
import { enumValueRemoved } from './enum-value-removed.js';
import { equivalentRewrite } from './equivalent-rewrite.js';
import { examplesChanged } from './examples-changed.js';
import { exclusiveMaximumLowered } from './exclusive-maximum-lowered.js';
import { exclusiveMaximumRaised } from './exclusive-maximum-raised.js';
import { exclusiveMinimumLowered } from './exclusive-minimum-lowered.js';
import { exclusiveMinimumRaised } from './exclusive-minimum-raised.js';
import { extensionKeywordChanged } from './extension-keyword-changed.js';
import { formatAdded } from './format-added.js';
import { formatChanged } from './format-changed.js';
import { formatRemoved } from './format-removed.js';
import { idChanged } from './id-changed.js';
import { ifThenElseAdded } from './if-then-else-added.js';
import { ifThenElseRemoved } from './if-then-else-removed.js';
import { integerWidenedToNumber } from './integer-widened-to-number.js';
import { itemsChanged } from './items-changed.js';
import { maxContainsDecreased } from './max-contains-decreased.js';
import { maxContainsIncreased } from './max-contains-increased.js';
import { maxItemsDecreased } from './max-items-decreased.js';
import { maxItemsIncreased } from './max-items-increased.js';
import { maxLengthDecreased } from './max-length-decreased.js';
import { maxLengthIncreased } from './max-length-increased.js';
import { maxPropertiesDecreased } from './max-properties-decreased.js';
import { maxPropertiesIncreased } from './max-properties-increased.js';
import { maximumLowered } from './maximum-lowered.js';
import { maximumRaised } from './maximum-raised.js';
import { minContainsDecreased } from './min-contains-decreased.js';
import { minContainsIncreased } from './min-contains-increased.js';
import { minItemsDecreased } from './min-items-decreased.js';
import { minItemsIncreased } from './min-items-increased.js';
import { minLengthDecreased } from './min-length-decreased.js';
import { minLengthIncreased } from './min-length-increased.js';
import { minPropertiesDecreased } from './min-properties-decreased.js';
import { minPropertiesIncreased } from './min-properties-increased.js';
import { minimumLowered } from './minimum-lowered.js';
import { minimumRaised } from './minimum-raised.js';
import { multipleOfAdded } from './multiple-of-added.js';
import { multipleOfChanged } from './multiple-of-changed.js';
import { multipleOfRemoved } from './multiple-of-removed.js';
import { notAdded } from './not-added.js';
import { notChanged } from './not-changed.js';
import { notRemoved } from './not-removed.js';
import { numberNarrowedToInteger } from './number-narrowed-to-integer.js';
import { oneOfChanged } from './one-of-changed.js';
import { oneOfRelaxedToAnyOf } from './one-of-relaxed-to-any-of.js';
import { otherAnnotationChanged } from './other-annotation-changed.js';
import { patternAdded } from './pattern-added.js';
import { patternChanged } from './pattern-changed.js';
import { patternPropertiesChanged } from './pattern-properties-changed.js';
import { patternRemoved } from './pattern-removed.js';
import { propertyAdded } from './property-added.js';
import { propertyChanged } from './property-changed.js';
import { propertyNamesChanged } from './property-names-changed.js';
import { propertyRemoved } from './property-removed.js';
import { readOnlyChanged } from './read-only-changed.js';
import { recursiveRefUndecided } from './recursive-ref-undecided.js';
import { refUnresolvable } from './ref-unresolvable.js';
import { requiredAdded } from './required-added.js';
import { requiredRemoved } from './required-removed.js';
import { sampledCounterexample } from './sampled-counterexample.js';
import { schemaBecameFalse } from './schema-became-false.js';
import { schemaDialectChanged } from './schema-dialect-changed.js';
import { schemaFalseRemoved } from './schema-false-removed.js';
import { thenElseChanged } from './then-else-changed.js';
import { titleChanged } from './title-changed.js';
import { tupleItemAdded } from './tuple-item-added.js';
import { tupleItemChanged } from './tuple-item-changed.js';
import { tupleItemRemoved } from './tuple-item-removed.js';
import { typeChanged } from './type-changed.js';
import { typeNarrowed } from './type-narrowed.js';
import { typeWidened } from './type-widened.js';
import { unevaluatedItemsChanged } from './unevaluated-items-changed.js';
import { unevaluatedPropertiesChanged } from './unevaluated-properties-changed.js';
import { unhandledKeywordChanged } from './unhandled-keyword-changed.js';
import { uniqueItemsAdded } from './unique-items-added.js';
import { uniqueItemsRemoved } from './unique-items-removed.js';
import { unsatisfiableBoth } from './unsatisfiable-both.js';
import { unsupportedSchemaFeature } from './unsupported-schema-feature.js';
import { writeOnlyChanged } from './write-only-changed.js';

/** All rules, in the order the walker runs them (the order of the report). */
export const RULES: readonly CompatRule[] = [
  additionalPropertiesChanged,
  allOfChanged,
  analysisLimit,
  anyOfBranchAdded,
  anyOfBranchRemoved,
  anyOfChanged,
  anyOfRestrictedToOneOf,
  commentChanged,
  conditionChanged,
  constAdded,
  constChanged,
  constRemoved,
  containsAdded,
  containsChanged,
  containsRemoved,
  contentAnnotationChanged,
  defaultChanged,
  dependentRequiredAdded,
  dependentRequiredRemoved,
  dependentSchemasChanged,
  deprecatedChanged,
  descriptionChanged,
  enumAdded,
  enumRemoved,
  enumValueAccepted,
  enumValueAdded,
  enumValueRejected,
  enumValueRemoved,
  equivalentRewrite,
  examplesChanged,
  exclusiveMaximumLowered,
  exclusiveMaximumRaised,
  exclusiveMinimumLowered,
  exclusiveMinimumRaised,
  extensionKeywordChanged,
  formatAdded,
  formatChanged,
  formatRemoved,
  idChanged,
  ifThenElseAdded,
  ifThenElseRemoved,
  integerWidenedToNumber,
  itemsChanged,
  maxContainsDecreased,
  maxContainsIncreased,
  maxItemsDecreased,
  maxItemsIncreased,
  maxLengthDecreased,
  maxLengthIncreased,
  maxPropertiesDecreased,
  maxPropertiesIncreased,
  maximumLowered,
  maximumRaised,
  minContainsDecreased,
  minContainsIncreased,
  minItemsDecreased,
  minItemsIncreased,
  minLengthDecreased,
  minLengthIncreased,
  minPropertiesDecreased,
  minPropertiesIncreased,
  minimumLowered,
  minimumRaised,
  multipleOfAdded,
  multipleOfChanged,
  multipleOfRemoved,
  notAdded,
  notChanged,
  notRemoved,
  numberNarrowedToInteger,
  oneOfChanged,
  oneOfRelaxedToAnyOf,
  otherAnnotationChanged,
  patternAdded,
  patternChanged,
  patternPropertiesChanged,
  patternRemoved,
  propertyAdded,
  propertyChanged,
  propertyNamesChanged,
  propertyRemoved,
  readOnlyChanged,
  recursiveRefUndecided,
  refUnresolvable,
  requiredAdded,
  requiredRemoved,
  sampledCounterexample,
  schemaBecameFalse,
  schemaDialectChanged,
  schemaFalseRemoved,
  thenElseChanged,
  titleChanged,
  tupleItemAdded,
  tupleItemChanged,
  tupleItemRemoved,
  typeChanged,
  typeNarrowed,
  typeWidened,
  unevaluatedItemsChanged,
  unevaluatedPropertiesChanged,
  unhandledKeywordChanged,
  uniqueItemsAdded,
  uniqueItemsRemoved,
  unsatisfiableBoth,
  unsupportedSchemaFeature,
  writeOnlyChanged,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, CompatRule> = new Map(RULES.map((r) => [r.id, r]));
