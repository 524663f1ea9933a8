// Builds the Teams app package (manifest.json, fr-fr.json, color.png, outline.png) into a zip.
// Settings come from the environment or from --name value / --name=value arguments (BOT_APP_ID ↔ --bot-app-id).
// Usage: BOT_APP_ID=<guid> node scripts/package-app.mjs [--out artifacts/teams-app.zip]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZip } from './lib/zip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const APP_FOLDER = join(ROOT, 'teams-app');
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
// Namespace for the manifest id derived from the bot id (UUID v5): the same bot always gets the same app id.
const APP_ID_NAMESPACE = 'b7d3c1a4-5e2f-4c8b-9a61-0f3e2d1c4b5a';

class SettingError extends Error {}

function readArguments(argv) {
  const values = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new SettingError(`Unexpected argument '${argv[i]}'. Use --name value, e.g. --bot-app-id <guid>.`);
    const key = match[1].toUpperCase().replaceAll('-', '_');
    values[key] = match[2] ?? argv[++i];
    if (values[key] === undefined) throw new SettingError(`Argument --${match[1]} needs a value.`);
  }
  return values;
}

function uuidV5(name, namespace) {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name.toLowerCase(), 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function resolveSettings(env, argv) {
  const given = { ...env, ...readArguments(argv) };
  const pick = (name, fallback) => (given[name] ?? '').trim() || fallback;
  const botAppId = pick('BOT_APP_ID', '');
  if (!botAppId) {
    throw new SettingError('BOT_APP_ID is required: the Microsoft App ID of the Azure Bot resource (a GUID). ' +
      'Set the BOT_APP_ID environment variable or pass --bot-app-id <guid>.');
  }
  if (!GUID.test(botAppId)) throw new SettingError(`BOT_APP_ID must be a GUID, got '${botAppId}'.`);
  const websiteUrl = pick('WEBSITE_URL', 'https://www.example.com/servicedesk');
  const settings = {
    BOT_APP_ID: botAppId.toLowerCase(),
    APP_ID: pick('APP_ID', uuidV5(botAppId, APP_ID_NAMESPACE)).toLowerCase(),
    APP_VERSION: pick('APP_VERSION', '1.0.0'),
    APP_NAME_SHORT: pick('APP_NAME_SHORT', 'Service Desk'),
    APP_NAME_FULL: pick('APP_NAME_FULL', 'IT Service Desk'),
    DEVELOPER_NAME: pick('DEVELOPER_NAME', 'IT Service Desk'),
    WEBSITE_URL: websiteUrl,
    PRIVACY_URL: pick('PRIVACY_URL', `${websiteUrl.replace(/\/$/, '')}/privacy`),
    TERMS_URL: pick('TERMS_URL', `${websiteUrl.replace(/\/$/, '')}/terms`),
    BOT_DOMAIN: pick('BOT_DOMAIN', ''),
    OUT: resolve(pick('OUT', join(ROOT, 'artifacts', 'teams-app.zip'))),
  };
  if (!GUID.test(settings.APP_ID)) throw new SettingError(`APP_ID must be a GUID, got '${settings.APP_ID}'.`);
  if (!SEMVER.test(settings.APP_VERSION)) throw new SettingError(`APP_VERSION must look like 1.2.3, got '${settings.APP_VERSION}'.`);
  for (const [name, max] of [['APP_NAME_SHORT', 30], ['APP_NAME_FULL', 100], ['DEVELOPER_NAME', 32]]) {
    if (settings[name].length > max) throw new SettingError(`${name} must be at most ${max} characters.`);
  }
  for (const name of ['WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL']) {
    if (!/^https:\/\/[^\s/]+/.test(settings[name])) throw new SettingError(`${name} must be an https:// address, got '${settings[name]}'.`);
  }
  if (settings.BOT_DOMAIN && !/^[a-z0-9.-]+(:[0-9]+)?$/i.test(settings.BOT_DOMAIN)) {
    throw new SettingError(`BOT_DOMAIN must be a host name such as servicedesk.azurewebsites.net, got '${settings.BOT_DOMAIN}'.`);
  }
  return settings;
}

/** Replaces {{NAME}} in every string of a parsed template, so values never need JSON escaping. */
function fill(node, settings) {
  if (typeof node === 'string') return node.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => settings[name]);
  if (Array.isArray(node)) return node.map((item) => fill(item, settings));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, settings)]));
  return node;
}

const readTemplate = (name) => JSON.parse(readFileSync(join(APP_FOLDER, name), 'utf8'));

export function buildPackage(settings) {
  const manifest = fill(readTemplate('manifest.template.json'), settings);
  const french = fill(readTemplate('fr-fr.template.json'), settings);
  if (settings.BOT_DOMAIN) {
    manifest.validDomains = [settings.BOT_DOMAIN];
  } else {
    // The dashboard tabs and their single sign-on live on the bot's host: without it there is no tab to add.
    delete manifest.staticTabs;
    delete manifest.configurableTabs;
    delete manifest.webApplicationInfo;
    for (const key of Object.keys(french).filter((k) => k.startsWith('staticTabs['))) delete french[key];
  }
  const json = (value) => Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
  return createZip([
    { name: 'manifest.json', data: json(manifest) },
    { name: 'fr-fr.json', data: json(french) },
    { name: 'color.png', data: readFileSync(join(APP_FOLDER, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(APP_FOLDER, 'outline.png')) },
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const settings = resolveSettings(process.env, process.argv.slice(2));
    mkdirSync(dirname(settings.OUT), { recursive: true });
    writeFileSync(settings.OUT, buildPackage(settings));
    console.log(`Teams app package written to ${settings.OUT}`);
    console.log(`  app id ${settings.APP_ID}, bot id ${settings.BOT_APP_ID}, version ${settings.APP_VERSION}`);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
}
