import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

// ts-morph (and the TypeScript compiler it bundles) takes ~300 ms to load: load it only for the
// rare module that has a readOnly property, not on every build.
const require = createRequire(import.meta.url);
let tsMorph: typeof TsMorph | undefined;

/**
 * Adds the `readonly` modifier to every property whose TSDoc has a `@readonly` tag (set from
 * the schema's `readOnly: true`): json-schema-to-typescript ignores `readOnly`. Uses the
 * TypeScript AST through ts-morph, so it cannot be fooled by text that looks like a tag.
 */
export function applyReadonly(code: string): string {
  if (!code.includes('@readonly')) return code;
  tsMorph ??= require('ts-morph') as typeof TsMorph;
  const project = new tsMorph.Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true } });
  const file = project.createSourceFile('module.d.ts', code);
  for (const property of file.getDescendantsOfKind(tsMorph.SyntaxKind.PropertySignature)) {
    const tagged = property.getJsDocs().some((doc) => doc.getTags().some((tag) => tag.getTagName() === 'readonly'));
    if (tagged && !property.isReadonly()) property.setIsReadonly(true);
  }
  return file.getFullText();
}
