/**
 * Writes meta/validators.cjs: the loader's meta-validators precompiled with ajv standalone, so no
 * `ndd` command pays for compiling them. Run after editing a meta-schema or upgrading ajv:
 * `npm run meta -w @ndd/registry` (a test fails while the file is stale; the loader compiles at
 * run time meanwhile, so nothing is ever validated with stale validators).
 */
import { writeFileSync } from 'node:fs';
import { PRECOMPILED_FILE, precompiledSource } from '../dist/meta/ajv.js';

writeFileSync(PRECOMPILED_FILE, await precompiledSource());
console.log(`wrote ${PRECOMPILED_FILE}`);
