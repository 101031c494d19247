import { describe, expect, test } from 'vitest';
import { convertSnippet, testGlossary } from './convert-snippet.ts';
import { validatePage } from '../../../src/importer/validate.ts';

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
    expect(body).toBe('<div>text</div>');
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

  test('closes an element left open where its parent closes, as a browser does, naming the line', () => {
    const { body, notes } = convertSnippet('\n<div>\n<span>x</div>');
    expect(body).toBe('<div><span>x</span></div>');
    expect(notes).toEqual([
      {
        line: 6,
        construct: 'unbalanced HTML',
        message: '<span> is never closed; closed by </div> (line 6), as a browser does',
        fix: 'balance the tags in the source page (add the missing end tag or remove the stray one)',
      },
    ]);
  });

  test('closes a table never closed at the end of its block and still compiles', async () => {
    const { mdx, notes } = convertSnippet('<table>\n<tr><td>x</td></tr>');
    expect(notes.map((note) => [note.line, note.message])).toEqual([
      [4, '<table> is never closed; closed at the end of its block (line 5), as a browser does'],
    ]);
    expect(await validatePage(mdx, testGlossary)).toEqual([]);
  });

  test('drops a closing tag with nothing open and says so', () => {
    const { body, notes } = convertSnippet('text</p>');
    expect(body).toBe('text');
    expect(notes.map((note) => note.message)).toEqual(['</p> closes no open element; dropped, as a browser does']);
  });

  test('fails on a comment never closed', () => {
    expect(() => convertSnippet('a\n<!-- forever')).toThrow(expect.objectContaining({ line: 5 }));
  });
});
