# Writes the broken-dictionary corpus: one folder per case, each an overlay on ../base.
# The expected diagnostics (code, file, line, column, pointer) were worked out by hand from the
# inputs written here; they are not produced by the loader.
import json, os, shutil

HEAD = '''{
  "$schema": "https://schemas.ndd.gov.vn/meta/v1/dialect",
  "$id": "https://schemas.ndd.gov.vn/core/extra/v1",
  "title": "Thêm",
  "x-title-en": "Extra",
'''
META = '''  "x-ndd": {
    "version": "1.0.0",
    "kind": "element",
    "status": "standard",
    "layer": "reference",
    "steward": { "agency": { "vi": "Bộ Công an", "en": "Ministry of Public Security" } },
    "legalBasis": [{ "document": "26/2023/QH15", "title": { "vi": "Luật Căn cước", "en": "Law on Identification" } }]
  }
}
'''
def extra(body):  # body lines start at line 6; x-ndd follows
    return HEAD + body + META

X = 'core/extra/v1.schema.json'
cases = {}
def case(name, description, files, diagnostics, remove=()):
    cases[name] = (description, files, diagnostics, list(remove))

def d(code, file, line, column, pointer=None, severity='error'):
    out = {'code': code, 'severity': severity, 'file': file, 'line': line, 'column': column}
    if pointer is not None: out['pointer'] = pointer
    return out

case('invalid-json-trailing-comma', 'A trailing comma after the last member.',
     {X: HEAD + '  "type": "string",\n}\n'},
     [d('invalid-json', X, 7, 1)])
case('invalid-json-comment', 'A // comment: JSON has none.',
     {X: HEAD + '  // the type\n  "type": "string"\n}\n'},
     [d('invalid-json', X, 6, 3)])
case('invalid-json-unquoted-key', 'A key without quotes.',
     {X: '{\n  type: "string"\n}\n'},
     [d('invalid-json', X, 2, 3)])
case('bom', 'The file starts with a UTF-8 byte-order mark.',
     {X: '\ufeff' + extra('  "type": "string",\n')},
     [d('bom', X, 1, 1)])
case('mixed-line-endings', 'Two lines end with CRLF, the rest with LF.',
     {X: extra('  "type": "string",\r\n  "minLength": 1,\r\n')},
     [d('mixed-line-endings', X, 6, 20)])
case('crlf-line-endings', 'Every line ends with CRLF: readable, but not the convention.',
     {X: extra('  "type": "string",\n').replace('\n', '\r\n')},
     [d('crlf-line-endings', X, 1, 1, severity='warning')])
case('missing-schema-keyword', 'No $schema.',
     {X: extra('  "type": "string",\n').replace('  "$schema": "https://schemas.ndd.gov.vn/meta/v1/dialect",\n', '')},
     [d('missing-schema-keyword', X, 1, 1, '')])
case('wrong-schema-dialect', 'A draft-07 $schema.',
     {X: extra('  "type": "string",\n').replace('https://schemas.ndd.gov.vn/meta/v1/dialect', 'http://json-schema.org/draft-07/schema#')},
     [d('wrong-schema-dialect', X, 2, 14, '/$schema')])
case('missing-id', 'No $id.',
     {X: extra('  "type": "string",\n').replace('  "$id": "https://schemas.ndd.gov.vn/core/extra/v1",\n', '')},
     [d('missing-id', X, 1, 1, '')])
case('id-path-mismatch', 'The $id names v2 but the file is v1.',
     {X: extra('  "type": "string",\n').replace('core/extra/v1"', 'core/extra/v2"')},
     [d('id-path-mismatch', X, 3, 10, '/$id')])
case('duplicate-id', 'A second file claims the $id of core/name/v1.',
     {'core/name2/v1.schema.json': extra('  "type": "string",\n').replace('core/extra/v1"', 'core/name/v1"')},
     [d('duplicate-id', 'core/name2/v1.schema.json', 3, 10, '/$id'),
      d('id-path-mismatch', 'core/name2/v1.schema.json', 3, 10, '/$id')])
case('bad-file-path', 'A file not named v<major>.schema.json.',
     {'core/Extra.schema.json': extra('  "type": "string",\n')},
     [{'code': 'bad-file-path', 'severity': 'error', 'file': 'core/Extra.schema.json'}])
case('unknown-domain', 'A file in a folder that is not a configured domain.',
     {'land/parcel/v1.schema.json': extra('  "type": "string",\n').replace('core/extra/v1"', 'land/parcel/v1"')},
     [{'code': 'unknown-domain', 'severity': 'error', 'file': 'land/parcel/v1.schema.json'}])
case('dangling-ref-file', 'A $ref to a schema that does not exist.',
     {X: extra('  "$ref": "https://schemas.ndd.gov.vn/core/nam/v1",\n')},
     [d('dangling-ref', X, 6, 11, '/$ref')])
case('dangling-ref-pointer', 'A $ref to a $defs entry that does not exist.',
     {X: extra('  "$defs": { "code": { "type": "string" } },\n  "$ref": "#/$defs/kode",\n')},
     [d('dangling-ref', X, 7, 11, '/$ref')])
case('dangling-ref-major', 'A $ref to a major that does not exist (v2 of name).',
     {X: extra('  "properties": {\n    "n": { "$ref": "https://schemas.ndd.gov.vn/core/name/v2" }\n  },\n')},
     [d('dangling-ref', X, 7, 20, '/properties/n/$ref')])
case('ref-cycle-two-files', 'Two schemas that are aliases of each other.',
     {X: extra('  "$ref": "https://schemas.ndd.gov.vn/core/other/v1",\n'),
      'core/other/v1.schema.json': extra('  "allOf": [{ "$ref": "https://schemas.ndd.gov.vn/core/extra/v1" }],\n').replace('core/extra/v1"', 'core/other/v1"', 1)},
     [d('ref-cycle', X, 6, 11, '/$ref')])
case('ref-cycle-defs', 'A $defs entry that refers to itself through anyOf.',
     {X: extra('  "$defs": { "a": { "anyOf": [{ "$ref": "#/$defs/a" }, { "type": "null" }] } },\n  "$ref": "#/$defs/a",\n')},
     [d('ref-cycle', X, 6, 41, '/$defs/a/anyOf/0/$ref')])
case('unknown-keyword-typo', 'maxLenght for maxLength.',
     {X: extra('  "type": "string",\n  "maxLenght": 5,\n')},
     [d('unknown-keyword', X, 7, 3, '/maxLenght')])
case('unknown-keyword-old-draft', 'draft-07 definitions instead of $defs, in a property.',
     {X: extra('  "properties": {\n    "a": { "definitions": {} }\n  },\n')},
     [d('unknown-keyword', X, 7, 12, '/properties/a/definitions')])
case('invalid-metadata-status', 'A status outside the ISO/IEC 11179 lifecycle.',
     {X: extra('  "type": "string",\n').replace('"status": "standard"', '"status": "approved"')},
     [d('invalid-metadata', X, 10, 15, '/x-ndd/status')])
case('invalid-metadata-missing-legal-basis', 'x-ndd without legalBasis.',
     {X: extra('  "type": "string",\n').replace(',\n    "legalBasis": [{ "document": "26/2023/QH15", "title": { "vi": "Luật Căn cước", "en": "Law on Identification" } }]', '')},
     [d('invalid-metadata', X, 7, 3, '/x-ndd')])
case('invalid-metadata-label-type', 'x-title-en on a property is a number.',
     {X: extra('  "properties": {\n    "a": { "type": "string", "x-title-en": 5 }\n  },\n')},
     [d('invalid-metadata', X, 7, 44, '/properties/a/x-title-en')])
case('missing-metadata', 'No x-ndd at all.',
     {X: HEAD + '  "type": "string"\n}\n'},
     [d('missing-metadata', X, 1, 1, '')])
case('not-nfc', 'A title written with decomposed diacritics (e + combining marks).',
     {X: extra('  "type": "string",\n').replace('"title": "Thêm"', '"title": "The\u0302m"')},
     [d('not-nfc', X, 4, 12, '/title')])
case('invalid-schema-type', 'type "strin".',
     {X: extra('  "type": "strin",\n')},
     [d('invalid-schema', X, 6, 11, '/type')])
case('invalid-schema-negative-length', 'minLength -1.',
     {X: extra('  "type": "string",\n  "minLength": -1,\n')},
     [d('invalid-schema', X, 7, 16, '/minLength')])
case('duplicate-key', 'The same key twice in one object.',
     {X: extra('  "type": "string",\n  "type": "integer",\n')},
     [d('duplicate-key', X, 7, 3, '/type')])
case('version-major-mismatch', 'Version 2.0.0 in a v1 file.',
     {X: extra('  "type": "string",\n').replace('"version": "1.0.0"', '"version": "2.0.0"')},
     [d('version-major-mismatch', X, 8, 16, '/x-ndd/version')])
case('codes-enum-mismatch', 'A code list whose enum and x-codes differ.',
     {X: extra('  "type": "string",\n  "enum": ["1", "2"],\n  "x-codes": { "1": { "vi": "Nam", "en": "Male" }, "9": { "vi": "Khác", "en": "Other" } },\n').replace('"kind": "element"', '"kind": "codelist"')},
     [d('codes-enum-mismatch', X, 7, 17, '/enum/1'),
      d('codes-enum-mismatch', X, 8, 52, '/x-codes/9')])
case('codelist-shape', 'kind codelist without enum or x-codes.',
     {X: extra('  "type": "string",\n').replace('"kind": "element"', '"kind": "codelist"')},
     [d('codelist-shape', X, 1, 1, '')])
case('unknown-format', 'A format no validator implements.',
     {X: extra('  "type": "string",\n  "format": "vn-cccd",\n')},
     [d('unknown-format', X, 7, 13, '/format')])
case('nested-id', 'A subschema with its own $id.',
     {X: extra('  "properties": { "a": { "$id": "https://example.org/a", "type": "string" } },\n')},
     [d('nested-id', X, 6, 26, '/properties/a/$id')])
case('reserved-defs-name', 'A root $defs name with "/", the shape of a bundle entry.',
     {X: extra('  "$defs": { "core/address/v1": { "type": "string" }, "ok": { "type": "string" } },\n')},
     [d('reserved-defs-name', X, 6, 14, '/$defs/core~1address~1v1')])
case('misplaced-metadata', 'x-ndd inside a property.',
     {X: extra('  "properties": { "a": { "type": "string", "x-ndd": {} } },\n')},
     [d('invalid-metadata', X, 6, 44, '/properties/a/x-ndd'),
      d('misplaced-metadata', X, 6, 44, '/properties/a/x-ndd')])
case('unknown-successor', 'Deprecated, with a successor that does not exist.',
     {X: extra('  "type": "string",\n').replace('"layer": "reference",', '"layer": "reference",\n    "deprecated": { "since": "2025-07-01", "successor": "https://schemas.ndd.gov.vn/core/extra/v2", "reason": { "vi": "Thay thế", "en": "Replaced" } },')},
     [d('unknown-successor', X, 12, 57, '/x-ndd/deprecated/successor')])
case('invalid-validity', 'A code valid to a date before it is valid from.',
     {X: extra('  "type": "string",\n  "enum": ["1"],\n  "x-codes": { "1": { "vi": "Một", "en": "One", "validFrom": "2025-07-01", "validTo": "2025-06-30" } },\n').replace('"kind": "element"', '"kind": "codelist"')},
     [d('invalid-validity', X, 8, 87, '/x-codes/1/validTo')])
case('schema-not-object', 'The file is a JSON array.',
     {X: '[1, 2]\n'},
     [d('schema-not-object', X, 1, 1, '')])
case('unexpected-file', 'A JSON file that is not a schema.',
     {'core/notes.json': '{}\n'},
     [{'code': 'unexpected-file', 'severity': 'warning', 'file': 'core/notes.json'}])
case('missing-config', 'No ndd.dictionary.json.',
     {}, [{'code': 'missing-config', 'severity': 'error'}], remove=['ndd.dictionary.json'])
case('invalid-config', 'A domain without its npm package.',
     {'ndd.dictionary.json': '{\n  "baseUri": "https://schemas.ndd.gov.vn/",\n  "title": { "vi": "Thử", "en": "Test" },\n  "domains": {\n    "core": { "title": { "vi": "Lõi", "en": "Core" }, "description": { "vi": "Lõi", "en": "Core" } }\n  }\n}\n'},
     [d('invalid-config', 'ndd.dictionary.json', 5, 5, '/domains/core')])

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'broken')
shutil.rmtree(root, ignore_errors=True)
for name, (description, files, diagnostics, remove) in sorted(cases.items()):
    folder = os.path.join(root, name)
    os.makedirs(os.path.join(folder, 'files'), exist_ok=True)
    for path, text in files.items():
        full = os.path.join(folder, 'files', path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8', newline='') as f: f.write(text)
    with open(os.path.join(folder, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump({'description': description, 'remove': remove, 'diagnostics': diagnostics}, f, ensure_ascii=False, indent=2); f.write('\n')
print(len(cases), 'cases')
