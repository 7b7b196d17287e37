import type { Reference } from '../model.js';
import { valueAt } from '../text/pointer.js';
import type { LoadedDocument } from './loaded-document.js';
import { refUrlOf, type RefUrl } from './ref-url.js';

/** A resolved reference plus whether it applies in place (for cycle detection). */
export interface ResolvedRef extends Reference {
  readonly inPlace: boolean;
}

/**
 * Resolves every `$ref` of every document against the documents by `$id` (absolute or relative
 * URIs, JSON-pointer and `$anchor` fragments). Reports `dangling-ref` for targets that do not
 * exist. Returns the resolved references per document `$id`.
 */
export function resolveReferences(docs: ReadonlyMap<string, LoadedDocument>): Map<string, ResolvedRef[]> {
  const resolved = new Map<string, ResolvedRef[]>();
  for (const doc of docs.values()) {
    const out: ResolvedRef[] = [];
    const urls = urlsOf(doc);
    doc.scan.refs.forEach((found, i) => {
      const { ctx } = doc;
      const at = `${found.pointer}/$ref`;
      const url = urls[i];
      if (url === undefined) {
        ctx.report('dangling-ref', 'error', `"$ref" "${found.ref}" is not a valid URI reference.`, at);
        return;
      }
      const { targetId, fragment } = url;
      const target = docs.get(targetId);
      if (!target) {
        ctx.report('dangling-ref', 'error', `"$ref" "${found.ref}" points to ${targetId}, which is not in the dictionary.`, at, {
          hint: hintForMissing(targetId, docs),
        });
        return;
      }
      let targetPointer: string | undefined;
      if (fragment === '') {
        targetPointer = ''; // the root: every loaded document is an object
      } else if (fragment.startsWith('/')) {
        // A pointer into the document itself was looked up when it was read (no parse needed).
        const own = target === doc ? doc.ownFragments.get(fragment) : undefined;
        targetPointer = (own ?? valueAt(target.parsed(), fragment) !== undefined) ? fragment : undefined;
      } else {
        targetPointer = target.scan.anchors.get(fragment);
      }
      if (targetPointer === undefined) {
        ctx.report('dangling-ref', 'error', `"$ref" "${found.ref}" points to "#${fragment}", which does not exist in ${target.ctx.file}.`, at, {
          hint: 'Check the spelling of the $defs name or anchor in the target file.',
        });
        return;
      }
      out.push({ pointer: found.pointer, ref: found.ref, targetId, targetPointer, inPlace: found.inPlace });
    });
    resolved.set(doc.id, out);
  }
  return resolved;
}

/**
 * Each reference of a document resolved against its `$id`, memoised by keyword scan: a reading
 * shared by several loads in one process (a check's head, base and releases) is parsed as URLs
 * once.
 */
const urlMemo = new WeakMap<object, readonly (RefUrl | undefined)[]>();

function urlsOf(doc: LoadedDocument): readonly (RefUrl | undefined)[] {
  const known = urlMemo.get(doc.scan);
  if (known !== undefined) return known;
  const urls = doc.scan.refs.map((found) => refUrlOf(found.ref, doc.id));
  urlMemo.set(doc.scan, urls);
  return urls;
}

function hintForMissing(targetId: string, docs: ReadonlyMap<string, LoadedDocument>): string {
  const sameName = [...docs.keys()].filter((id) => id.replace(/\/v\d+$/, '') === targetId.replace(/\/v\d+$/, ''));
  if (sameName.length > 0) return `Did you mean ${sameName.join(' or ')}?`;
  return 'Reference another schema by its absolute $id (https://schemas.ndd.gov.vn/<domain>/<name>/v<major>), or create it.';
}
