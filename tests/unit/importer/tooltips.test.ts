import { describe, expect, test } from 'vitest';
import { termFor } from '../../../src/importer/tooltips.ts';
import { convertSnippet, testGlossary } from './convert-snippet.ts';

describe('tooltip includes', () => {
  test('become a Term with the glossary id', () => {
    expect(termFor('API', testGlossary)).toBe('<Term id="API" />');
  });

  test('map FHIR&reg; to the FHIR entry and keep the ® the page showed', () => {
    expect(termFor('FHIR&reg;', testGlossary)).toBe('<Term id="FHIR">FHIR®</Term>');
  });

  test('match ids whatever their case, keeping the case the page showed', () => {
    expect(termFor('spine', testGlossary)).toBe('<Term id="Spine">spine</Term>');
  });

  test('fall back to plain text with a note when no glossary entry matches', () => {
    const { body, notes } = convertSnippet('Uses {% include tooltip.html type="Unknown{x}" %} here.');
    expect(body).toBe('Uses Unknown\\{x\\} here.');
    expect(notes).toEqual([
      { line: 4, construct: 'tooltip "Unknown{x}"', message: 'no glossary entry has this term; kept as plain text' },
    ]);
  });

  test('convert inside running text and import Term once', () => {
    const page = convertSnippet('{% include tooltip.html type="API" %} and {% include tooltip.html type="Spine" %}');
    expect(page.body).toBe('<Term id="API" /> and <Term id="Spine" />');
    expect(page.mdx.match(/import \{ Term \} from '~\/components';/g)).toHaveLength(1);
  });
});
