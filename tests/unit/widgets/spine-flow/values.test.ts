import { describe, expect, test } from 'vitest';
import { interactions } from '../../../../src/spec/interactions.ts';
import {
  buildLookupRequest,
  createFlowValues,
  findBlocker,
  forgetAfter,
  previewSspUrl,
  type FlowValues,
} from '../../../../src/widgets/spine-flow/values.ts';

const BASE = 'http://127.0.0.1:4010';
const start = () => createFlowValues(BASE, '9690937286', interactions.A3.id);

describe('flow values', () => {
  test('blocks a step until the step that finds its input has run', () => {
    const values = start();
    expect(findBlocker('pds-trace', values)).toBeUndefined();
    expect(findBlocker('sds-as', values)).toBe('pds-trace');
    expect(findBlocker('sds-as', { ...values, odsCode: 'B82617' })).toBe('sds-mhs');
    expect(buildLookupRequest('sds-as', values)).toBeUndefined();
  });

  test('forgets what later steps found when an earlier step runs again', () => {
    const values: FlowValues = {
      ...start(),
      odsCode: 'B82617',
      endpoint: 'e',
      partyKey: 'p',
      asid: 'a',
      patientId: '2',
    };
    expect(forgetAfter('pds-trace', values)).toEqual({ ...start(), odsCode: 'B82617' });
  });

  test('builds the PDS trace as a GET of the NHS number and nothing for the provider steps', () => {
    expect(buildLookupRequest('pds-trace', start())).toEqual({
      method: 'GET',
      url: `${BASE}/spine/pds/Patient/9690937286`,
      headers: [['Accept', 'application/fhir+json;charset=utf-8']],
      body: null,
    });
    const ready: FlowValues = { ...start(), odsCode: 'B82617', endpoint: 'e', partyKey: 'p', asid: 'a' };
    expect(buildLookupRequest('metadata', ready)).toBeUndefined();
  });

  test('writes the provider part of the SSP URL with the chosen mistake', () => {
    const values: FlowValues = { ...start(), endpoint: 'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect' };
    expect(previewSspUrl(values, '/metadata')).toBe(
      `${BASE}/ssp/https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect/metadata`,
    );
    expect(previewSspUrl({ ...values, mistake: 'explicit-port' }, '/metadata')).toBe(
      `${BASE}/ssp/https://pcs.thirdparty.nhs.uk:443/B82617/STU3/1/gpconnect/metadata`,
    );
  });

  test('writes the SDS filters exactly as the integration guidance gives them, readable in the URL', () => {
    const values: FlowValues = { ...start(), odsCode: 'T99999', partyKey: 'T99999-9999999', endpoint: 'x' };
    const mhs = new URL(buildLookupRequest('sds-mhs', values)!.url);
    expect(mhs.searchParams.get('filter')).toBe(
      '(&(nhsIDCode=T99999)(objectClass=nhsMhs)(nhsMhsSvcIA=urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1))',
    );
    expect(mhs.searchParams.get('attributes')).toBe('nhsMhsEndPoint,nhsMhsPartyKey');
    const as = buildLookupRequest('sds-as', values)!.url;
    expect(as).toContain('filter=(%26(nhsIDCode=T99999)(objectClass=nhsAs)(nhsMhsPartyKey=T99999-9999999))');
  });
});
