import { describe, expect, test } from 'vitest';
import { calloutTag } from '../../../src/importer/callouts.ts';
import { convertSnippet } from './convert-snippet.ts';

describe('callout includes', () => {
  test.each([
    ['note.html', {}, '<Callout type="note">'],
    ['tip.html', {}, '<Callout type="tip">'],
    ['important.html', {}, '<Callout type="important">'],
    ['warning.html', {}, '<Callout type="warning">'],
    ['roadmap.html', {}, '<Callout type="note" title="Roadmap">'],
    ['todo.html', {}, '<Callout type="note" title="To do">'],
    ['callout.html', { type: 'danger' }, '<Callout type="warning">'],
    ['callout.html', { type: 'success' }, '<Callout type="tip">'],
    ['note.html', { title: 'Say "hi"' }, `<Callout type="note" title='Say "hi"'>`],
  ])('maps %s %o to %s', (name, params, tag) => {
    expect(calloutTag(name, params)).toBe(tag);
  });

  test('is not a callout for any other include', () => {
    expect(calloutTag('tooltip.html', {})).toBeUndefined();
  });

  test('wraps the content as Markdown, converting its links too', () => {
    const { body } = convertSnippet('{% include important.html content="Read [this](overview_target.html) first." %}');
    expect(body).toBe('<Callout type="important">\n\nRead [this](/overview/overview-target/) first.\n\n</Callout>');
  });

  test('moves a callout written inside a paragraph onto its own lines', () => {
    const { body } = convertSnippet('Text {% include note.html content="Aside." %} more.');
    expect(body).toBe('Text \n\n<Callout type="note">\n\nAside.\n\n</Callout>\n\n more.');
  });
});
