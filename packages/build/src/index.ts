/**
 * @ndd/build: builds every domain package from the dictionary.
 * @packageDocumentation
 */
export { buildPackages, type BuildOptions, type BuildSummary, type PackageSummary } from './build.js';
export { replaceDirectory, recoverDirectory, prepareStage, readStampOf, type VersionedFile } from './atomic-dir.js';
export { ContentCache, hashOf, type CachedEntry } from './cache.js';
export { parseStamp, stampText, type Stamp } from './stamp.js';
export { domainManifest } from './manifest.js';
