import { Project, SyntaxKind } from 'ts-morph';

/**
 * Adds the `readonly` modifier to every property whose TSDoc has a `@readonly` tag (set from
 * the schema's `readOnly: true`): json-schema-to-typescript ignores `readOnly`. Uses the
 * TypeScript AST through ts-morph, so it cannot be fooled by text that looks like a tag.
 */
export function applyReadonly(code: string): string {
  if (!code.includes('@readonly')) return code;
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true } });
  const file = project.createSourceFile('module.d.ts', code);
  for (const property of file.getDescendantsOfKind(SyntaxKind.PropertySignature)) {
    const tagged = property.getJsDocs().some((doc) => doc.getTags().some((tag) => tag.getTagName() === 'readonly'));
    if (tagged && !property.isReadonly()) property.setIsReadonly(true);
  }
  return file.getFullText();
}
