/**
 * @ndd/check: the dictionary's compatibility gate (`ndd check --against <ref>`). It sits on
 * @ndd/compat, which judges two schemas; this package judges a dictionary: policies by status
 * and domain, the producer/reader evolution model, bumps per schema and package, impact through
 * the `$ref` graph, waivers, and changesets. Kept apart from @ndd/compat so that `ndd compat` on
 * two plain files stays pure instance-set semantics with no notion of a dictionary.
 * @packageDocumentation
 */
export { checkDictionary, type CheckOptions, type CheckResult, type SchemaCheck, type BreakingChange } from './check.js';
export { analysePair, type PairVerdict, type DirectedChange } from './analyse.js';
export { policyOf, directionsOf } from './policy.js';
export { readerView } from './reader-view.js';
export { fingerprintOf, readWaivers, type Waiver } from './waivers.js';
export { versionSatisfies, nextVersion, maxBump } from './versions.js';
export { changesetFor, type ChangesetFile } from './changeset.js';
