// src/importer/write.ts: writes output files atomically, and keeps the manifest that tells a page the importer
// wrote from one a person has since edited.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MANIFEST_NAME = '.import-manifest.json';

/** Output path (relative to the output folder) → sha256 of the content the importer last wrote there. */
export type Manifest = Record<string, string>;

export function hashContent(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function readManifest(outDir: string): Manifest {
  const file = join(outDir, MANIFEST_NAME);
  if (!existsSync(file)) return {};
  const data = JSON.parse(readFileSync(file, 'utf8')) as { files?: Manifest };
  return data.files ?? {};
}

/** The manifest as text, keys sorted, so an unchanged run writes the same bytes. */
export function formatManifest(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ note: 'Written by npm run import; pages whose hash differs were edited by hand and are not overwritten without --force.', files }, null, 2)}\n`;
}

export type WritePlan = 'create' | 'update' | 'unchanged' | 'edited';

/**
 * What to do with a page: a file on disk whose hash is not the one the importer recorded was edited by hand
 * (or never written by the importer) and is only replaced with `force`.
 */
export function planWrite(file: string, content: string, recordedHash: string | undefined, force: boolean): WritePlan {
  if (!existsSync(file)) return 'create';
  const diskHash = hashContent(readFileSync(file));
  if (diskHash === hashContent(content)) return 'unchanged';
  return diskHash === recordedHash || force ? 'update' : 'edited';
}

/** Writes through a temporary file and a rename, so a reader never sees half a file, even if the run dies. */
export function writeAtomic(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${process.pid}-${Math.random().toString(36).slice(2)}.import-tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
