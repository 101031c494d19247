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

  test('runs if, unless, for and assign against _config.yml and _data/, as Jekyll does when it builds', () => {
    const { body, notes } = convertSnippet(
      [
        '{% if site.show_extra %}Shown.{% else %}Hidden.{% endif %}',
        '{% unless site.show_extra %}Never.{% endunless %}{% if site.flag %}Unset flag.{% endif %}',
        '{% assign items = site.data.items | sort %}{% for item in items %}- {{ item }}\n{% endfor %}',
        'Version {{ site.version }}.',
      ].join('\n'),
    );
    expect(body).toBe('Shown.\n\n- first item\n- second item\n\nVersion 2.0.0-fixture.');
    expect(notes).toEqual([]);
  });

  test('keeps an output naming no variable visible as code, with a note', () => {
    const { body, notes } = convertSnippet('Value: {{ site.nothing_here }}.');
    expect(body).toBe('Value: `{{ site.nothing_here }}`.');
    expect(notes.map((note) => [note.line, note.construct])).toEqual([[4, '{{ site.nothing_here }}']]);
  });

  test('inlines a data file of _includes/ as a code block in its language', () => {
    const { body } = convertSnippet('{% include examples/read_patient_response.json %}');
    expect(body).toMatch(/^```json\n\{\n {2}"resourceType": "Patient",[\s\S]*\n```$/);
  });

  test('unwraps a data file that wraps itself in a highlight block, keeping its language', () => {
    const { body } = convertSnippet('{% include examples/search_request.json %}');
    expect(body).toBe('```json\n{ "resourceType": "Parameters" }\n```');
  });

  test('converts an HTML fragment of _includes/ like the page, with its parameters and nested includes', () => {
    const { body } = convertSnippet('{% include notice.html who="integrators" %}');
    expect(body).toBe(
      '<p>Notice for <b>integrators</b> on version 2.0.0-fixture.</p>\n\n<Callout type="tip">\n\nA tip nested inside an included fragment.\n\n</Callout>',
    );
  });

  test('maps the theme widgets: image.html to a Markdown image, developer_journey.html to the component', () => {
    const { body, notes } = convertSnippet(
      '{% include image.html file="overview/flow.png" alt="Flow" caption="The flow" %}\n\n{% include developer_journey.html %}\n\n{% include twitterfollow.html %}',
    );
    expect(body).toBe('![Flow](/images/imported/overview/flow.png)\n\n*The flow*\n\n<DeveloperJourney />');
    expect(notes.map((note) => note.construct)).toEqual(['{% include twitterfollow.html %}']);
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

  test('keeps an include of a missing file visible: a Callout on its own line, a code span inline', () => {
    const { body, notes } = convertSnippet('{% include gone.html %}\n\nText {% include badge.html %} more.');
    expect(body).toContain('<Callout type="warning" title="Not converted by the importer">');
    expect(body).toContain('`{% include gone.html %}`');
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
