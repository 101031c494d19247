// Builds the Spine Secure Proxy URL from the SDS endpoint (https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html), and the two classic mistakes the SSP rejects.

/** How the provider part of the SSP URL is written: as SDS holds it, or with one of the mistakes the SSP refuses. */
export type SspMistake = 'none' | 'ip-address' | 'explicit-port';

/** A documentation-only address (RFC 5737 TEST-NET-1) standing in for the provider host's IP. */
export const EXAMPLE_PROVIDER_IP = '192.0.2.10';

export const sspMistakes: Record<SspMistake, { label: string; explanation: string }> = {
  none: {
    label: 'Exactly as SDS holds it',
    explanation: 'The provider part is the nhsMhsEndPoint value from SDS, character for character.',
  },
  'ip-address': {
    label: 'Hostname swapped for an IP address',
    explanation:
      'The host name was replaced by an IP address. Both may reach the same server, but the SSP compares the text ' +
      'of the URL with the endpoint registered in SDS and does not resolve names, so it refuses to forward.',
  },
  'explicit-port': {
    label: 'Explicit :443 added',
    explanation:
      'An explicit :443 was added after the host. HTTPS uses port 443 anyway, but the SSP compares the URL as ' +
      'text with the endpoint registered in SDS, so the extra port makes it differ and the SSP refuses to forward.',
  },
};

/** Rewrites an endpoint URL to make the chosen mistake; 'none' returns it unchanged. */
export function applySspMistake(endpoint: string, mistake: SspMistake): string {
  if (mistake === 'none') return endpoint;
  const match = /^(https?:\/\/)([^/:]+)(:\d+)?(.*)$/.exec(endpoint);
  if (!match) return endpoint;
  const [, scheme, host, , rest] = match;
  return mistake === 'ip-address' ? `${scheme}${EXAMPLE_PROVIDER_IP}${rest}` : `${scheme}${host}:443${rest}`;
}

/**
 * Joins the SSP address, the provider's full service root URL (scheme included) and the FHIR request:
 * `https://[ssp]/https://[provider]/[ODS]/STU3/1/gpconnect/[path]`.
 */
export function buildSspUrl(sspBase: string, providerRoot: string, relativePath: string): string {
  const base = sspBase.replace(/\/+$/, '');
  const root = providerRoot.replace(/\/+$/, '');
  const path = relativePath.startsWith('/') ? relativePath : `/${relativePath}`;
  return `${base}/${root}${path}`;
}

/** Names what differs between the endpoint SDS holds and the one written in the URL, or null when they match. */
export function findEndpointDifference(sdsEndpoint: string, written: string): string | null {
  if (sdsEndpoint === written) return null;
  const sdsHost = /^https?:\/\/([^/]+)/.exec(sdsEndpoint)?.[1] ?? '';
  const writtenHost = /^https?:\/\/([^/]+)/.exec(written)?.[1] ?? '';
  if (/^\d{1,3}(\.\d{1,3}){3}(:\d+)?$/.test(writtenHost) && writtenHost !== sdsHost) {
    return `the host is the IP address ${writtenHost} where SDS holds the name ${sdsHost}`;
  }
  if (writtenHost.endsWith(':443') && !sdsHost.endsWith(':443')) return 'an explicit :443 port was added to the host';
  return `the URL is ${written} where SDS holds ${sdsEndpoint}`;
}
