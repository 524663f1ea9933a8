// Zips a folder's files (recursively, paths relative to it) for App Service's zip deploy.
// Usage: node scripts/lib/zip-folder.mjs <folder> <out.zip>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createZip } from './zip.mjs';

const [folder, out] = process.argv.slice(2);
if (!folder || !out) {
  console.error('usage: node scripts/lib/zip-folder.mjs <folder> <out.zip>');
  process.exit(2);
}

const entries = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .sort()
  .map((path) => ({ name: relative(folder, path).split(sep).join('/'), data: readFileSync(path) }));
writeFileSync(out, createZip(entries));
console.log(`${out}: ${entries.length} files`);
