// src/importer/site-data.ts: the variables Jekyll gives a page's Liquid: `site` (the settings of `_config.yml`)
// with `site.data` (every file under `_data/`, by folder and name), so conditionals and loops on them can be run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, basename } from 'node:path';
import { parse } from 'yaml';

export type SiteVariables = Record<string, unknown>;

/** `site` for a Jekyll site folder; a file that cannot be read is left out, with the reason in `problems`. */
export function readSiteVariables(root: string, problems: { file: string; message: string }[] = []): SiteVariables {
  const config = join(root, '_config.yml');
  const site: SiteVariables = {};
  if (existsSync(config)) {
    try {
      Object.assign(site, parse(readFileSync(config, 'utf8')) ?? {});
    } catch (error) {
      problems.push({ file: config, message: `not read: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  const data = join(root, '_data');
  site.data = existsSync(data) ? readDataFolder(data, problems) : {};
  return site;
}

function readDataFolder(dir: string, problems: { file: string; message: string }[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      data[name] = readDataFolder(file, problems);
      continue;
    }
    const extension = extname(name).toLowerCase();
    try {
      const text = readFileSync(file, 'utf8');
      const key = basename(name, extname(name));
      if (extension === '.yml' || extension === '.yaml') data[key] = parse(text);
      else if (extension === '.json') data[key] = JSON.parse(text);
      else if (extension === '.csv' || extension === '.tsv')
        data[key] = parseTable(text, extension === '.csv' ? ',' : '\t');
    } catch (error) {
      problems.push({ file, message: `not read: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return data;
}

/** A CSV or TSV file as Jekyll reads it: one object per row, keyed by the header row. Quoted fields may hold commas, quotes ("") and line breaks. */
export function parseTable(text: string, separator: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) (rows.at(-1)!.push(field), (field = ''));
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
    } else field += char;
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field);
  const [header = [], ...body] = rows.filter((row) => row.length > 1 || row[0]);
  return body.map((row) => Object.fromEntries(header.map((name, n) => [name, row[n] ?? ''])));
}
