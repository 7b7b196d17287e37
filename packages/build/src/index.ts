/**
 * @ndd/build: builds every domain package from the dictionary.
 * @packageDocumentation
 */
export { buildPackages, type BuildOptions, type BuildSummary } from './build.js';
export { replaceDirectory, recoverDirectory } from './atomic-dir.js';
export { ContentCache, hashOf } from './cache.js';
export { domainManifest } from './manifest.js';
