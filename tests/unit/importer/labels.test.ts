import { describe, expect, test } from 'vitest';
import { convertSnippet } from './convert-snippet.ts';

describe('decision label spans', () => {
  test.each([
    ['label-success', 'SELECTED'],
    ['label-info', 'DECISION'],
    ['label-warning', 'ASSUMPTION'],
  ])('turn <span class="label %s"> into <DecisionLabel kind="%s" />', (cls, kind) => {
    const { body, notes } = convertSnippet(`- <span class="label ${cls}">${kind}</span> text`);
    expect(body).toBe(`- <DecisionLabel kind="${kind}" /> text`);
    expect(notes).toEqual([]);
  });

  test('trust the text over the colour when they disagree', () => {
    expect(convertSnippet('<span class="label label-success">DECISION</span> x').body).toBe(
      '<DecisionLabel kind="DECISION" /> x',
    );
  });

  test('use the colour, with a note, when the text is not a decision kind', () => {
    const { body, notes } = convertSnippet('<span class="label label-warning">maybe</span> x');
    expect(body).toBe('<DecisionLabel kind="ASSUMPTION" /> x');
    expect(notes[0]?.message).toBe('label text "maybe" is not a decision kind; shown as ASSUMPTION');
  });

  test('leave other spans as spans', () => {
    expect(convertSnippet('<span class="other">x</span>').body).toBe('<span className="other">x</span>');
  });
});
