import { describe, expect, test } from 'vitest';
import { convertSnippet } from './convert-snippet.ts';

describe('kramdown attribute lists', () => {
  test('are removed after links and on their own line', () => {
    const { body, notes } = convertSnippet(
      '[x](https://example.org){:target="_blank" class="no_icon"}\n\n| a |\n|---|\n{: .table}\n\n* TOC\n{:toc}',
    );
    expect(body).toBe('[x](https://example.org)\n\n| a |\n|---|\n\n* TOC');
    expect(notes).toEqual([]);
  });

  test('drop kramdown comments and unwrap nomarkdown blocks with a note', () => {
    const { body, notes } = convertSnippet('{::comment}\nhidden\n{:/comment}\n{::nomarkdown}<b>bold</b>{:/}');
    expect(body).toBe('<b>bold</b>');
    expect(notes[0]?.construct).toBe('{::nomarkdown}');
  });
});
