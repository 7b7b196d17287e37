/**
 * `_runtime/localize/vi.js`: Vietnamese messages for every ajv keyword, in ajv-i18n's shape
 * (`localize(errors)` sets each error's `message`), plus ndd's own: the dictionary label of the
 * offending node (`e.label`) is the sentence's subject, and a format's own bilingual message
 * (`e.detail`, from @ndd/formats) is used as is.
 */
export const LOCALIZE_VI_JS = `const TYPES = {
  string: "chuỗi ký tự",
  number: "số",
  integer: "số nguyên",
  boolean: "giá trị đúng/sai (boolean)",
  object: "đối tượng",
  array: "mảng",
  null: "null",
};
const COMPARISONS = { ">=": "lớn hơn hoặc bằng", ">": "lớn hơn", "<=": "nhỏ hơn hoặc bằng", "<": "nhỏ hơn" };

function show(value) {
  return JSON.stringify(value);
}

/** Sets \`message\` on each error, in Vietnamese. */
export function localize(errors) {
  if (!(errors && errors.length)) return;
  for (const e of errors) {
    const p = e.params || {};
    const s = e.label ? e.label.vi : "Giá trị";
    let out;
    switch (e.keyword) {
      case "$ref":
        out = "Không giải được tham chiếu " + show(p.ref);
        break;
      case "additionalItems":
      case "items":
      case "unevaluatedItems":
      case "maxItems":
        out = s + " không được có quá " + p.limit + " phần tử";
        break;
      case "minItems":
        out = s + " phải có ít nhất " + p.limit + " phần tử";
        break;
      case "additionalProperties":
        out = s + " có thuộc tính không được phép " + show(p.additionalProperty);
        break;
      case "unevaluatedProperties":
        out = s + " có thuộc tính không được phép " + show(p.unevaluatedProperty);
        break;
      case "anyOf":
        out = s + " không khớp với lựa chọn nào trong anyOf";
        break;
      case "oneOf":
        out = p.passingSchemas
          ? s + " khớp với nhiều hơn một lựa chọn trong oneOf (" + p.passingSchemas.join(", ") + ")"
          : s + " không khớp với lựa chọn nào trong oneOf";
        break;
      case "const":
        out = s + " phải bằng " + show(p.allowedValue);
        break;
      case "contains":
        out = p.maxContains === undefined
          ? s + " phải chứa ít nhất " + p.minContains + " phần tử hợp lệ"
          : s + " phải chứa từ " + p.minContains + " đến " + p.maxContains + " phần tử hợp lệ";
        break;
      case "dependencies":
      case "dependentRequired":
        out = s + " (" + show(p.missingProperty) + ") là bắt buộc khi có " + show(p.property);
        break;
      case "discriminator":
        out = p.error === "tag"
          ? "Thuộc tính phân loại " + show(p.tag) + " phải là chuỗi ký tự"
          : "Giá trị " + show(p.tagValue) + " của thuộc tính phân loại " + show(p.tag) + " không khớp lựa chọn nào";
        break;
      case "enum":
        if (p.reason === "notInForce") {
          out = s + " không có hiệu lực vào ngày " + p.asOf + " (hiệu lực " +
            (p.validFrom ? "từ " + p.validFrom : "") + (p.validFrom && p.validTo ? " " : "") +
            (p.validTo ? "đến hết " + p.validTo : "") + ")";
        } else if (p.allowedValues) {
          out = s + " phải là một trong các giá trị " + p.allowedValues.map(show).join(", ");
        } else {
          out = s + " không có trong danh mục";
        }
        break;
      case "false schema":
        out = s + " không được phép có";
        break;
      case "format":
        out = e.detail ? e.detail.vi : s + " không đúng định dạng " + show(p.format);
        break;
      case "formatMaximum":
      case "formatMinimum":
      case "formatExclusiveMaximum":
      case "formatExclusiveMinimum":
      case "maximum":
      case "minimum":
      case "exclusiveMaximum":
      case "exclusiveMinimum":
        out = s + " phải " + (COMPARISONS[p.comparison] || p.comparison) + " " + p.limit;
        break;
      case "if":
        out = s + " phải khớp với nhánh " + show(p.failingKeyword);
        break;
      case "maxLength":
        out = s + " không được dài quá " + p.limit + " ký tự";
        break;
      case "minLength":
        out = s + " phải có ít nhất " + p.limit + " ký tự";
        break;
      case "maxProperties":
        out = s + " không được có quá " + p.limit + " thuộc tính";
        break;
      case "minProperties":
        out = s + " phải có ít nhất " + p.limit + " thuộc tính";
        break;
      case "multipleOf":
        out = s + " phải là bội số của " + p.multipleOf;
        break;
      case "not":
        out = s + " không được khớp với lược đồ trong not";
        break;
      case "pattern":
        out = s + " không khớp mẫu " + show(p.pattern);
        break;
      case "patternRequired":
        out = s + " phải có thuộc tính khớp mẫu " + show(p.missingPattern);
        break;
      case "propertyNames":
        out = "Tên thuộc tính " + show(p.propertyName) + " không hợp lệ";
        break;
      case "required":
        out = e.label ? s + " (" + show(p.missingProperty) + ") là trường bắt buộc" : "Thiếu trường bắt buộc " + show(p.missingProperty);
        break;
      case "type":
        out = s + " phải là " + String(p.type).split(",").map((t) => TYPES[t] || t).join(" hoặc ");
        break;
      case "uniqueItems":
        out = s + " không được có phần tử trùng nhau (phần tử thứ " + p.j + " và " + p.i + " giống nhau)";
        break;
      default:
        out = s + " không hợp lệ (" + e.keyword + ")";
    }
    e.message = out;
  }
}

export default localize;
`;
