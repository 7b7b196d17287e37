/**
 * Writes meta/2020-12.cjs: ajv's 2020-12 meta-schema validator precompiled with ajv standalone,
 * so that the first comparison in a process does not compile it. Run after upgrading ajv:
 * `npm run meta -w @ndd/compat` (a test fails while it is stale; meanwhile it is compiled at run
 * time, never used stale).
 */
import { writeFileSync } from 'node:fs';
import { PRECOMPILED_2020_12, precompiledSource } from '../dist/meta-validator.js';

writeFileSync(PRECOMPILED_2020_12, await precompiledSource());
console.log(`wrote ${PRECOMPILED_2020_12}`);
