/**
 * `_runtime/errors.js`: turns ajv's raw error objects into ndd's errors (labels from the
 * dictionary, absolute schema paths, a Vietnamese message), and checks the call options.
 *
 * Each generated module carries a label table `{ id, labels: Map(schemaPath → [vi, en]),
 * formats: { name: {vi, en} } }`. A node labelled by the schema it references holds a function
 * returning that schema's table instead (read when an error is reported: never while modules
 * that import each other are still being evaluated), whose root label is the node's. Errors are tagged once, where they leave the module that
 * produced them (at the `$ref` call in the caller, or in the exported function), because only
 * there is their relative `schemaPath` meaningful. Tagging happens on the failure path only.
 */
export const ERRORS_JS = `import { localize as localizeVi } from "./localize/vi.js";

const DATE = /^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$/;
/** The context a validator runs with when no options are given. */
export const NO_OPTIONS = Object.freeze({ asOf: undefined });

/** Checks the options of a validator call; a malformed date is an error, never ignored. */
export function checkOptions(options) {
  if (options === undefined) return NO_OPTIONS;
  if (options === null || typeof options !== "object") throw new TypeError("ndd validator options must be an object");
  const asOf = options.asOf;
  if (asOf !== undefined && (typeof asOf !== "string" || !DATE.test(asOf))) {
    throw new TypeError("ndd validator option asOf must be an ISO date YYYY-MM-DD, got " + String(asOf));
  }
  return { asOf };
}

/** Appends the errors of a called validator to the caller's list, tagged with the callee's labels. */
export function appendTagged(list, errors, table, refLabel) {
  tag(errors, table, refLabel);
  return list === null ? errors : list.concat(errors);
}

/** Tags a module's own errors and writes their Vietnamese messages. */
export function describe(errors, table) {
  tag(errors, table, undefined);
  localizeVi(errors);
  return errors;
}

function tag(errors, table, refLabel) {
  for (const e of errors) {
    if (e.schemaPath.charCodeAt(0) !== 35 /* # */) continue; // tagged by an inner module already
    const cut = e.schemaPath.lastIndexOf("/");
    const node = cut < 0 ? "#" : e.schemaPath.slice(0, cut);
    let label;
    if (e.keyword === "required" || e.keyword === "dependentRequired") {
      label = table.labels.get(node + "/properties/" + escapeFragment(e.params.missingProperty));
    } else if (node === "#" && refLabel !== undefined) {
      label = refLabel;
    } else {
      label = table.labels.get(node);
    }
    // A chain of title-less roots is followed a few steps, never around a cycle.
    for (let hops = 0; typeof label === "function"; hops++) label = hops < 8 ? label().labels.get("#") : undefined;
    if (label !== undefined) e.label = { vi: label[0], en: label[1] };
    if (e.keyword === "format" && Object.prototype.hasOwnProperty.call(table.formats, e.params.format)) {
      e.detail = table.formats[e.params.format];
    }
    e.schemaPath = table.id + e.schemaPath;
  }
}

function escapeFragment(name) {
  return encodeURIComponent(String(name).replace(/~/g, "~0").replace(/\\//g, "~1"));
}
`;
