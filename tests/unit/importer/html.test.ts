import { describe, expect, test } from 'vitest';
import { convertSnippet } from './convert-snippet.ts';

describe('raw HTML made MDX-safe', () => {
  test('closes void elements, including </br>', () => {
    expect(convertSnippet('a<br>b<hr><img src="https://x.org/a.png" alt="x"></br>').body).toBe(
      'a<br />b<hr /><img src="https://x.org/a.png" alt="x" /><br />',
    );
  });

  test('renames class and for, and turns style strings into objects', () => {
    expect(convertSnippet('<label for="x" class="y" style="font-size: 12px; color:red">L</label>').body).toBe(
      '<label htmlFor="x" className="y" style={{ fontSize: "12px", color: "red" }}>L</label>',
    );
  });

  test('removes inline event handlers and kramdown markdown switches with a note for the handler', () => {
    const { body, notes } = convertSnippet('<div onclick="go()" markdown="1">\n\ntext\n\n</div>');
    expect(body).toBe('<div>\n\ntext\n\n</div>');
    expect(notes.map((note) => note.construct)).toEqual(['<div onclick>']);
  });

  test('turns comments into MDX comments', () => {
    expect(convertSnippet('<!-- note\nfor authors -->\ntext').body).toBe('{/* note\nfor authors */}\ntext');
  });

  test('escapes stray <, { and } and keeps words in angle brackets as text', () => {
    expect(convertSnippet('1 < 2, {a} and <Patient> or <5').body).toBe('1 &lt; 2, \\{a\\} and &lt;Patient> or &lt;5');
  });

  test('turns autolinks, which MDX does not support, into links', () => {
    expect(convertSnippet('<https://example.org/a> and <team@example.org>').body).toBe(
      '[https://example.org/a](https://example.org/a) and [team@example.org](mailto:team@example.org)',
    );
  });

  test('keeps a line starting with import or export as prose', () => {
    expect(convertSnippet('import the file\nexport it').body).toBe('&#105;mport the file\n&#101;xport it');
  });

  test('leaves code blocks and code spans exactly as written', () => {
    const code = '```xml\n<Patient>{x}</Patient><br>\n```\n\n`<b>{y}</b>`';
    expect(convertSnippet(code).body).toBe(code);
  });

  test('fails with the line of an element closed by the wrong tag', () => {
    expect(() => convertSnippet('\n<div>\n<span>x</div>')).toThrow(
      expect.objectContaining({
        line: 6,
        message: 'unbalanced HTML: </div> found while <span> from line 6 is still open',
      }),
    );
  });

  test('fails with the line of an element never closed', () => {
    expect(() => convertSnippet('<table>\n<tr><td>x</td></tr>')).toThrow(
      expect.objectContaining({ line: 4, message: 'unbalanced HTML: <table> is never closed' }),
    );
  });

  test('fails on a closing tag with nothing open', () => {
    expect(() => convertSnippet('text</p>')).toThrow(/<\/p> closes no open element/);
  });

  test('fails on a comment never closed', () => {
    expect(() => convertSnippet('a\n<!-- forever')).toThrow(expect.objectContaining({ line: 5 }));
  });
});
