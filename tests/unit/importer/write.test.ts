import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatManifest, hashContent, planWrite, readManifest, writeAtomic } from '../../../src/importer/write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'importer-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing output', () => {
  test('creates folders and leaves no temporary file behind', () => {
    writeAtomic(join(dir, 'a/b/page.mdx'), 'text');
    expect(readFileSync(join(dir, 'a/b/page.mdx'), 'utf8')).toBe('text');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['page.mdx']);
  });

  test('plans create, unchanged, update and edited from the disk and the recorded hash', () => {
    const file = join(dir, 'page.mdx');
    expect(planWrite(file, 'new', undefined, false)).toBe('create');
    writeFileSync(file, 'old');
    expect(planWrite(file, 'old', hashContent('old'), false)).toBe('unchanged');
    expect(planWrite(file, 'new', hashContent('old'), false)).toBe('update');
    expect(planWrite(file, 'new', hashContent('what the importer wrote'), false)).toBe('edited');
    expect(planWrite(file, 'new', undefined, false)).toBe('edited');
    expect(planWrite(file, 'new', hashContent('what the importer wrote'), true)).toBe('update');
  });

  test('keeps the manifest in a stable, sorted form', () => {
    writeFileSync(join(dir, '.import-manifest.json'), formatManifest({ 'b.mdx': '2', 'a.mdx': '1' }));
    expect(Object.keys(readManifest(dir))).toEqual(['a.mdx', 'b.mdx']);
    expect(formatManifest(readManifest(dir))).toBe(readFileSync(join(dir, '.import-manifest.json'), 'utf8'));
  });
});
