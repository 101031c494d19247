import { describe, expect, test } from 'vitest';
import { convertSnippet } from './convert-snippet.ts';
import { ImportFailure } from '../../../src/importer/types.ts';

describe('Liquid conversion', () => {
  test('drops comment blocks entirely', () => {
    expect(convertSnippet('Before\n{% comment %}\nsecret\n{% endcomment %}\nAfter').body).toBe('Before\n\nAfter');
  });

  test('shows raw blocks literally, escaping what MDX would read as expressions', () => {
    const { body, notes } = convertSnippet('{% raw %}{{ page.title }} and {% include x.html %}{% endraw %}');
    expect(body).toBe('\\{\\{ page.title \\}\\} and \\{% include x.html %\\}');
    expect(notes).toEqual([]);
  });

  test('leaves if and for blocks visible as code and reports each tag with its line', () => {
    const { body, notes } = convertSnippet(
      'Intro\n\n{% if site.flag %}\nShown sometimes.\n{% endif %}\n\n{% for x in list %}{{ x }}{% endfor %}',
    );
    expect(body).toContain('`{% if site.flag %}`\nShown sometimes.\n`{% endif %}`');
    expect(body).toContain('`{% for x in list %}` `{{ x }}` `{% endfor %}`');
    expect(notes.map((note) => [note.line, note.construct])).toEqual([
      [6, '{% if %}'],
      [8, '{% endif %}'],
      [10, '{% for %}'],
      [10, '{{ x }}'],
      [10, '{% endfor %}'],
    ]);
  });

  test('turns highlight blocks into fenced code blocks with the language', () => {
    expect(convertSnippet('{% highlight json %}\n{ "a": 1 }\n{% endhighlight %}').body).toBe(
      '```json\n{ "a": 1 }\n```',
    );
  });

  test('drops site.baseurl and fills in page.title', () => {
    expect(convertSnippet('[x]({{ site.baseurl }}/overview_target.html) in {{ page.title }}').body).toBe(
      '[x](/overview/overview-target/) in Snippet',
    );
  });

  test('keeps an unknown include visible: a Callout on its own line, a code span inline', () => {
    const { body, notes } = convertSnippet(
      '{% include developer_journey.html %}\n\nText {% include badge.html %} more.',
    );
    expect(body).toContain('<Callout type="warning" title="Not converted by the importer">');
    expect(body).toContain('`{% include developer_journey.html %}`');
    expect(body).toContain('Text `{% include badge.html %}` more.');
    expect(notes.map((note) => note.line)).toEqual([4, 6]);
  });

  test('fails with the line of a tag that is never closed', () => {
    expect(() => convertSnippet('One\n\nTwo {% include tooltip.html type="API"\nthree')).toThrow(
      expect.objectContaining({ line: 6, message: 'unclosed Liquid tag: `{%` has no matching `%}`' }),
    );
  });

  test('fails with the opening line of a block that is never ended', () => {
    const attempt = () => convertSnippet('{% if x %}\nText');
    expect(attempt).toThrow(ImportFailure);
    expect(attempt).toThrow(
      expect.objectContaining({ line: 4, message: 'unclosed Liquid block: {% if %} has no {% endif %}' }),
    );
  });

  test('fails on an end tag that closes the wrong block', () => {
    expect(() => convertSnippet('{% for x in y %}\n{% endif %}')).toThrow(
      /\{% endif %\} does not close \{% for %\} from line 4/,
    );
  });

  test('fails on an unclosed comment block', () => {
    expect(() => convertSnippet('{% comment %}\nforever')).toThrow(/unclosed Liquid block: \{% comment %\}/);
  });
});
