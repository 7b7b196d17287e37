import { loadDictionary } from '@ndd/registry';
import { exportNames } from '@ndd/generator-kit';
import { openApiDocumentBytes } from '@ndd/generator-openapi';
import { ContentCache } from './dist/cache.js';
import { CachedComponents } from './dist/openapi-components.js';
import { BuildKeys } from './dist/keys.js';
import { generatorFingerprint } from './dist/fingerprint.js';
const [dir, cacheDir] = process.argv.slice(2);
const { dictionary } = await loadDictionary(dir, { cacheDir });
const fp = await generatorFingerprint();
const keys = new BuildKeys(dictionary, exportNames(dictionary), fp);
const cache = new ContentCache(cacheDir);
const comps = await new CachedComponents(cache, keys.openapiComponentSalt()).prepare();
const t0 = performance.now(); let bytes = 0;
for (const domain of dictionary.domains.values()) {
  const out = openApiDocumentBytes(dictionary, domain, { version: '0.0.0', packageDir: 'dist/', components: comps });
  for (const f of out.files) bytes += f.bytes.length;
}
console.log('openapi all domains', Math.round(performance.now() - t0), 'ms', bytes, 'bytes');
