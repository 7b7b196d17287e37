/**
 * `_runtime/localize/en.js`: English messages for every ajv keyword, in ajv-i18n's shape,
 * using the dictionary's English labels (`x-title-en`) and the formats' English messages.
 */
export const LOCALIZE_EN_JS = `const TYPES = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};
const COMPARISONS = { ">=": "greater than or equal to", ">": "greater than", "<=": "less than or equal to", "<": "less than" };

function show(value) {
  return JSON.stringify(value);
}

/** Sets \`message\` on each error, in English. */
export function localize(errors) {
  if (!(errors && errors.length)) return;
  for (const e of errors) {
    const p = e.params || {};
    const s = e.label ? e.label.en : "Value";
    let out;
    switch (e.keyword) {
      case "$ref":
        out = "Cannot resolve reference " + show(p.ref);
        break;
      case "additionalItems":
      case "items":
      case "unevaluatedItems":
      case "maxItems":
        out = s + " must not have more than " + p.limit + " items";
        break;
      case "minItems":
        out = s + " must have at least " + p.limit + " items";
        break;
      case "additionalProperties":
        out = s + " has a property that is not allowed: " + show(p.additionalProperty);
        break;
      case "unevaluatedProperties":
        out = s + " has a property that is not allowed: " + show(p.unevaluatedProperty);
        break;
      case "anyOf":
        out = s + " matches none of the anyOf alternatives";
        break;
      case "oneOf":
        out = p.passingSchemas
          ? s + " matches more than one oneOf alternative (" + p.passingSchemas.join(", ") + ")"
          : s + " matches none of the oneOf alternatives";
        break;
      case "const":
        out = s + " must be equal to " + show(p.allowedValue);
        break;
      case "contains":
        out = p.maxContains === undefined
          ? s + " must contain at least " + p.minContains + " valid items"
          : s + " must contain " + p.minContains + " to " + p.maxContains + " valid items";
        break;
      case "dependencies":
      case "dependentRequired":
        out = s + " (" + show(p.missingProperty) + ") is required when " + show(p.property) + " is present";
        break;
      case "discriminator":
        out = p.error === "tag"
          ? "Discriminator property " + show(p.tag) + " must be a string"
          : "Value " + show(p.tagValue) + " of discriminator " + show(p.tag) + " matches no alternative";
        break;
      case "enum":
        if (p.reason === "notInForce") {
          out = s + " is not in force on " + p.asOf + " (in force " +
            (p.validFrom ? "from " + p.validFrom : "") + (p.validFrom && p.validTo ? " " : "") +
            (p.validTo ? "until " + p.validTo + " inclusive" : "") + ")";
        } else if (p.allowedValues) {
          out = s + " must be one of " + p.allowedValues.map(show).join(", ");
        } else {
          out = s + " is not in the code list";
        }
        break;
      case "false schema":
        out = s + " is not allowed";
        break;
      case "format":
        out = e.detail ? e.detail.en : s + " must match format " + show(p.format);
        break;
      case "formatMaximum":
      case "formatMinimum":
      case "formatExclusiveMaximum":
      case "formatExclusiveMinimum":
      case "maximum":
      case "minimum":
      case "exclusiveMaximum":
      case "exclusiveMinimum":
        out = s + " must be " + (COMPARISONS[p.comparison] || p.comparison) + " " + p.limit;
        break;
      case "if":
        out = s + " must match the " + show(p.failingKeyword) + " branch";
        break;
      case "maxLength":
        out = s + " must not be longer than " + p.limit + " characters";
        break;
      case "minLength":
        out = s + " must have at least " + p.limit + " characters";
        break;
      case "maxProperties":
        out = s + " must not have more than " + p.limit + " properties";
        break;
      case "minProperties":
        out = s + " must have at least " + p.limit + " properties";
        break;
      case "multipleOf":
        out = s + " must be a multiple of " + p.multipleOf;
        break;
      case "not":
        out = s + " must not match the schema in not";
        break;
      case "pattern":
        out = s + " must match pattern " + show(p.pattern);
        break;
      case "patternRequired":
        out = s + " must have a property matching pattern " + show(p.missingPattern);
        break;
      case "propertyNames":
        out = "Property name " + show(p.propertyName) + " is invalid";
        break;
      case "required":
        out = e.label ? s + " (" + show(p.missingProperty) + ") is required" : "Missing required property " + show(p.missingProperty);
        break;
      case "type":
        out = s + " must be " + String(p.type).split(",").map((t) => TYPES[t] || t).join(" or ");
        break;
      case "uniqueItems":
        out = s + " must not have duplicate items (items " + p.j + " and " + p.i + " are identical)";
        break;
      default:
        out = s + " is invalid (" + e.keyword + ")";
    }
    e.message = out;
  }
}

export default localize;
`;
