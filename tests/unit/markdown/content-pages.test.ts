// Which pages get a Markdown twin, and at which address.
import { describe, expect, test } from 'vitest';
import { listContentPages, markdownPathOf } from '../../../src/markdown/content-pages.ts';

describe('markdownPathOf', () => {
  test('puts a page’s twin beside its folder, and the home page’s at /index.md', () => {
    expect(markdownPathOf('/foundations/read-a-patient/')).toBe('/foundations/read-a-patient.md');
    expect(markdownPathOf('/foundations/')).toBe('/foundations.md');
    expect(markdownPathOf('/')).toBe('/index.md');
  });
});

describe('listContentPages', () => {
  const pages = listContentPages('content');

  test('lists every documentation page with its route, folder, title and description', () => {
    const page = pages.find((candidate) => candidate.route === '/foundations/read-a-patient/');
    expect(page).toMatchObject({
      file: 'content/foundations/read-a-patient.mdx',
      directory: 'foundations',
      title: 'Read a patient',
      draft: false,
    });
    expect(page?.description).toMatch(/\w/);
    expect(pages.find((candidate) => candidate.route === '/')?.directory).toBe('');
  });

  test('leaves out the not-found page', () => {
    expect(pages.map((page) => page.route)).not.toContain('/404/');
  });
});
