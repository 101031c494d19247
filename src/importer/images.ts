// src/importer/images.ts: finds the site's image files that pages use, plans their copy into public/, and gives
// pages the new address.
import { existsSync } from 'node:fs';
import { join, normalize, relative, isAbsolute } from 'node:path';
import type { ImportNote } from './types.ts';

const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|ico|bmp)$/i;
/** Public URL folder images are copied to, so they never collide with the portal's own files. */
export const IMPORTED_IMAGES_URL = '/images/imported/';

export interface ImagePlan {
  /** Absolute destination → absolute source. */
  copies: Map<string, string>;
}

/** A site-relative path to an image file (not an external address or an anchor). */
export const isImageFile = (src: string) =>
  !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(src) && IMAGE_FILE.test(src.split(/[?#]/)[0]!);

/**
 * Resolves an image reference as the old site served it: pages lived at the site root, so `images/x.png`,
 * `/images/x.png` and `../images/x.png` all meant `<site>/images/x.png`.
 */
export function resolveImage(
  src: string,
  line: number,
  siteRoot: string,
  publicDir: string,
  plan: ImagePlan,
  notes: ImportNote[],
): string {
  if (!isImageFile(src)) return src;
  const path = normalize(decodeURI(src.split(/[?#]/)[0]!)).replace(/^(\.\.?[\\/])+|^[\\/]+/, '');
  const file = join(siteRoot, path);
  if (isAbsolute(relative(siteRoot, file)) || relative(siteRoot, file).startsWith('..')) return src;
  const inside = path
    .replace(/^images[\\/]/, '')
    .split(/[\\/]/)
    .join('/');
  const url = `${IMPORTED_IMAGES_URL}${inside}`;
  if (!existsSync(file)) {
    notes.push({
      line,
      construct: `image ${src}`,
      message: `no such file in the site (${path}); the reference points at ${url}, copy the image there by hand`,
    });
    return url;
  }
  plan.copies.set(join(publicDir, 'images', 'imported', ...inside.split('/')), file);
  return url;
}
