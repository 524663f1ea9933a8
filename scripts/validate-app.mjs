// Validates Teams app JSON files (manifest, localization files) against the schemas bundled in
// npm @microsoft/app-manifest, offline: each file's $schema address is mapped to the bundled copy.
// Usage: node scripts/validate-app.mjs manifest.json fr-fr.json   (exit 0 valid, 1 invalid, 2 usage)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The Teams schemas are JSON Schema draft-04; ajv-draft-04 (installed with @microsoft/app-manifest) reads them.
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
const SCHEMA_ADDRESS = /^https:\/\/developer\.microsoft\.com\/[a-z-]+\/json-schemas\/teams\/(v[0-9.]+)\/(MicrosoftTeams(?:\.[A-Za-z]+)?\.schema\.json)$/;

function bundledSchemaFor(address) {
  const match = SCHEMA_ADDRESS.exec(address ?? '');
  if (!match) return { error: `$schema '${address}' is not a Teams schema address this validator knows` };
  const path = join(SCHEMAS, match[1], match[2]);
  if (!existsSync(path)) return { error: `no bundled schema for ${match[1]}/${match[2]} in @microsoft/app-manifest` };
  // Same clean-up as @microsoft/app-manifest: one schema pattern uses \a, which JavaScript regexes reject.
  return { schema: JSON.parse(readFileSync(path, 'utf8').replace(/\\a/g, '\\x07')), path };
}

function validate(file) {
  const document = JSON.parse(readFileSync(file, 'utf8'));
  const { schema, path, error } = bundledSchemaFor(document.$schema);
  if (error) return { file, valid: false, errors: [error] };
  // unicodeRegExp off: the localization schema's patterns (e.g. `\b]`) are valid only without the u flag.
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  const valid = check(document);
  const errors = valid ? [] : check.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  return { file, schema: path, valid, errors };
}

if (process.argv.length < 3) {
  console.error('usage: node scripts/validate-app.mjs <file.json>...');
  process.exit(2);
}
const results = process.argv.slice(2).map(validate);
for (const result of results) {
  console.log(`${result.valid ? 'valid' : 'INVALID'}: ${result.file}${result.schema ? ` (schema ${result.schema})` : ''}`);
  for (const error of result.errors) console.log(`  ${error}`);
}
process.exit(results.every((r) => r.valid) ? 0 : 1);
