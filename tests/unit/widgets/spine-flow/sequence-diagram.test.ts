import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { escapeXml, renderSequenceDiagram } from '../../../../src/widgets/spine-flow/sequence-diagram.ts';
import { actors, flowSteps } from '../../../../src/widgets/spine-flow/steps.ts';

describe('renderSequenceDiagram', () => {
  const svg = renderSequenceDiagram(flowSteps);
  const root = parse(svg).querySelector('svg')!;

  test('returns one inline SVG with an accessible name and description', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('sf-title sf-desc');
    expect(root.querySelector('#sf-title')?.text).toBe('Sequence diagram of the Spine integration flow');
    expect(root.querySelector('#sf-desc')?.text).toContain('1. Trace the patient on PDS');
  });

  test('draws one lifeline and one heading per actor', () => {
    expect(root.querySelectorAll('.sf-lifeline')).toHaveLength(actors.length);
    expect(root.querySelectorAll('.sf-actor-text').map((node) => node.text)).toEqual(
      actors.map((actor) => actor.label),
    );
  });

  test('groups each step under data-step in flow order, so the island can highlight it', () => {
    const ids = root.querySelectorAll('g.sf-step').map((group) => group.getAttribute('data-step'));
    expect(ids).toEqual(flowSteps.map((step) => step.id));
  });

  test('draws one labelled arrow per message, numbered as in the worked booking sequence', () => {
    const book = root.querySelector('g[data-step="book"]')!;
    expect(book.querySelectorAll('.sf-arrow')).toHaveLength(4);
    expect(book.querySelectorAll('.sf-label').map((node) => node.text)).toEqual([
      '6a POST /Appointment',
      '6b forward',
      '6c response',
      '6d Appointment',
    ]);
    expect(book.querySelectorAll('.sf-reply')).toHaveLength(2);
  });

  test('keeps ids unique per diagram with idPrefix', () => {
    const second = renderSequenceDiagram(flowSteps, { idPrefix: 'other' });
    expect(second).toContain('id="other-arrowhead"');
    expect(second).not.toContain('id="sf-arrowhead"');
  });

  test('escapes step text, so a title cannot inject markup', () => {
    const hostile = [{ ...flowSteps[0]!, title: '<script>alert(1)</script>' }];
    const markup = renderSequenceDiagram(hostile);
    expect(markup).not.toContain('<script>');
    expect(escapeXml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
  });

  test('contains no script and no external reference', () => {
    expect(svg).not.toMatch(/<script|href=|xlink/);
  });
});
