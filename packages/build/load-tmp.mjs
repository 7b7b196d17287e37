import { loadDictionary } from '@ndd/registry';
const t0 = performance.now();
const r = await loadDictionary(process.argv[2], { cacheDir: process.argv[3] });
console.log('load', Math.round(performance.now() - t0), 'ms', r.dictionary.schemas.size, 'uptime', Math.round(performance.now()));
