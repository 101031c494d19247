import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { convertSnippet, siteContext, FIXTURES } from './convert-snippet.ts';

describe('images', () => {
  test('are planned for copying under public/images/imported and the references rewritten', () => {
    const context = siteContext();
    const { body, notes } = convertSnippet(
      '![A](images/overview/flow.png)\n\n<img src="{{ site.baseurl }}/images/overview/flow.png">',
      context,
    );
    expect(body).toBe('![A](/images/imported/overview/flow.png)\n\n<img src="/images/imported/overview/flow.png" />');
    expect(notes).toEqual([]);
    expect([...context.images.copies]).toEqual([
      ['/tmp/never-written/public/images/imported/overview/flow.png', join(FIXTURES, 'site/images/overview/flow.png')],
    ]);
  });

  test('that are missing are reported with their line', () => {
    const { notes } = convertSnippet('\n![B](images/none.png)');
    expect(notes[0]).toMatchObject({ line: 5, construct: 'image images/none.png' });
  });

  test('on other hosts are left alone', () => {
    const context = siteContext();
    expect(convertSnippet('![C](https://img.shields.io/badge.svg)', context).body).toBe(
      '![C](https://img.shields.io/badge.svg)',
    );
    expect(context.images.copies.size).toBe(0);
  });
});
