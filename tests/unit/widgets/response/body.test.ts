// Reading an XML answer for the explainer and laying it out for display.
import { describe, expect, test } from 'vitest';
import { indentXml, isXmlResponse, readXmlBody } from '../../../../src/widgets/response/body.ts';

const xml =
  '<?xml version="1.0" encoding="UTF-8"?><OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="invalid"/></issue></OperationOutcome>';

describe('an XML response body', () => {
  test('is recognised by its Content-Type', () => {
    const response = {
      status: 400,
      statusText: '',
      headers: [['content-type', 'application/fhir+xml;charset=utf-8']] as [string, string][],
      body: xml,
      ms: 0,
    };
    expect(isXmlResponse(response)).toBe(true);
    expect(isXmlResponse({ ...response, headers: [['content-type', 'application/fhir+json']] })).toBe(false);
  });
  test('is read back into its JSON form, and anything unreadable into nothing', async () => {
    expect(await readXmlBody(xml)).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invalid' }],
    });
    expect(await readXmlBody('<not')).toBeUndefined();
  });
  test('is shown one element a line, indented by depth, with the narrative kept whole', () => {
    expect(indentXml(xml)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <OperationOutcome xmlns="http://hl7.org/fhir">
        <issue>
          <severity value="error"/>
          <code value="invalid"/>
        </issue>
      </OperationOutcome>"
    `);
    expect(indentXml('<text><div xmlns="http://www.w3.org/1999/xhtml"><p>a</p></div></text>')).toBe(
      '<text>\n  <div xmlns="http://www.w3.org/1999/xhtml"><p>a</p></div>\n</text>',
    );
  });
});
