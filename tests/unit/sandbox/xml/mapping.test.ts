// The JSON ↔ XML mapping on the parts of FHIR XML that the sandbox's own resources rarely exercise.
import { describe, expect, test } from 'vitest';
import { fromXml } from '../../../../src/sandbox/xml/from-xml.ts';
import { toXml } from '../../../../src/sandbox/xml/to-xml.ts';
import { xmlDepth } from '../../../../src/sandbox/xml/depth.ts';

const patient = {
  resourceType: 'Patient',
  id: 'p1',
  text: {
    status: 'generated',
    div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Jo <b>Bloggs</b> &amp; co</p></div>',
  },
  contained: [{ resourceType: 'Organization', id: 'o1', name: 'Surgery' }],
  modifierExtension: [{ url: 'https://example.org/m', valueBoolean: true }],
  identifier: [{ id: 'i1', system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' }],
  name: [
    {
      given: ['Jo', 'Ann'],
      _given: [null, { id: 'g2', extension: [{ url: 'https://example.org/x', valueCode: 'c' }] }],
    },
  ],
  birthDate: '1970-01-02',
  _birthDate: { extension: [{ url: 'https://example.org/t', valueDateTime: '1970-01-02T03:04:00Z' }] },
  deceasedBoolean: false,
  multipleBirthInteger: 2,
  managingOrganization: { reference: '#o1', display: 'Line one\nline "two" <three>' },
};

describe('the JSON ↔ XML mapping', () => {
  test('writes STU3 XML: definition order, value attributes, attribute ids and urls, wrapped resources, XHTML', () => {
    expect(toXml(patient)).toMatchInlineSnapshot(
      `"<?xml version="1.0" encoding="UTF-8"?><Patient xmlns="http://hl7.org/fhir"><id value="p1"/><text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Jo <b>Bloggs</b> &amp; co</p></div></text><contained><Organization><id value="o1"/><name value="Surgery"/></Organization></contained><modifierExtension url="https://example.org/m"><valueBoolean value="true"/></modifierExtension><identifier id="i1"><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="9690937286"/></identifier><name><given value="Jo"/><given id="g2" value="Ann"><extension url="https://example.org/x"><valueCode value="c"/></extension></given></name><birthDate value="1970-01-02"><extension url="https://example.org/t"><valueDateTime value="1970-01-02T03:04:00Z"/></extension></birthDate><deceasedBoolean value="false"/><multipleBirthInteger value="2"/><managingOrganization><reference value="#o1"/><display value="Line one&#10;line &quot;two&quot; &lt;three&gt;"/></managingOrganization></Patient>"`,
    );
  });
  test('reads that XML back into the same JSON', () => {
    expect(fromXml(toXml(patient), 64)).toEqual(patient);
  });
  test('reads whitespace, comments and an XML declaration as nothing', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<!-- a note -->\n<Patient xmlns="http://hl7.org/fhir">\n  <id value="p1"/> <!-- id -->\n  <active value="true"/>\n</Patient>\n`;
    expect(fromXml(xml, 64)).toEqual({ resourceType: 'Patient', id: 'p1', active: true });
  });
  test('counts element depth past quoted >, comments, CDATA and self-closing elements', () => {
    expect(xmlDepth('<?xml version="1.0"?><a x="1>2"><!-- <b><b><b> --><c/><d><![CDATA[<e><e>]]></d></a>')).toBe(2);
    expect(xmlDepth(`${'<a>'.repeat(500)}${'</a>'.repeat(500)}`)).toBe(500);
  });
});
