import { describe, expect, test } from 'vitest';
import {
  applySspMistake,
  buildSspUrl,
  EXAMPLE_PROVIDER_IP,
  findEndpointDifference,
} from '../../../../src/widgets/spine-flow/ssp-url.ts';

const endpoint = 'https://pcs.thirdparty.nhs.uk/T99999/STU3/1/gpconnect/structured';

describe('buildSspUrl', () => {
  test('puts the full provider endpoint, scheme included, after the SSP address', () => {
    expect(buildSspUrl('https://testspineproxy.nhs.domain.uk', endpoint, '/Patient/$gpc.getstructuredrecord')).toBe(
      'https://testspineproxy.nhs.domain.uk/https://pcs.thirdparty.nhs.uk/T99999/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord',
    );
  });

  test('does not double slashes when the parts carry trailing or missing ones', () => {
    expect(buildSspUrl('https://ssp.example/', `${endpoint}/`, 'metadata')).toBe(
      `https://ssp.example/${endpoint}/metadata`,
    );
  });
});

describe('applySspMistake', () => {
  test('leaves the endpoint untouched when there is no mistake', () => {
    expect(applySspMistake(endpoint, 'none')).toBe(endpoint);
  });

  test('swaps the host name for an IP address', () => {
    expect(applySspMistake(endpoint, 'ip-address')).toBe(
      `https://${EXAMPLE_PROVIDER_IP}/T99999/STU3/1/gpconnect/structured`,
    );
  });

  test('adds an explicit :443 after the host', () => {
    expect(applySspMistake(endpoint, 'explicit-port')).toBe(
      'https://pcs.thirdparty.nhs.uk:443/T99999/STU3/1/gpconnect/structured',
    );
  });
});

describe('findEndpointDifference', () => {
  test('finds nothing when the URL matches SDS exactly', () => {
    expect(findEndpointDifference(endpoint, endpoint)).toBeNull();
  });

  test('names an IP address used in place of the host name', () => {
    expect(findEndpointDifference(endpoint, applySspMistake(endpoint, 'ip-address'))).toBe(
      `the host is the IP address ${EXAMPLE_PROVIDER_IP} where SDS holds the name pcs.thirdparty.nhs.uk`,
    );
  });

  test('names an added :443 port', () => {
    expect(findEndpointDifference(endpoint, applySspMistake(endpoint, 'explicit-port'))).toBe(
      'an explicit :443 port was added to the host',
    );
  });
});
