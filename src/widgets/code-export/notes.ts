// The comments a copied request carries: when its token stops being accepted, and which earlier requests supplied
// its ids, so a copy pasted elsewhere still says what it depends on.
import { decodeJwt } from '../../consumer/jwt.ts';
import { findHeader, type WireRequest } from '../../consumer/wire.ts';

/** "The JWT ... expires at 14:05:00 UTC (5 minutes after it was issued)", or a warning when it cannot be read. */
export function describeTokenExpiry(request: WireRequest): string | undefined {
  const authorization = findHeader(request.headers, 'authorization');
  if (!authorization) return undefined;
  const decoded = decodeJwt(authorization.replace(/^Bearer\s+/i, ''));
  if (!decoded.ok || typeof decoded.payload.exp !== 'number') {
    return 'The JWT in this request has no readable exp claim; the provider will reject it.';
  }
  const { iat, exp } = decoded.payload;
  const expires = new Date(exp * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  const lifetime = typeof iat === 'number' ? ` (${Math.round((exp - iat) / 60)} minutes after it was issued)` : '';
  return `The JWT in this request expires at ${expires}${lifetime}; copy again for a fresh token and Ssp-TraceID.`;
}

/**
 * Says where the slot, appointment or document id in a dependent example's copy came from: the requests just sent
 * for it, or earlier ones. Ids from the sandbox inside the page exist only there, so the note says how to get
 * ones a server knows.
 */
export function describePrerequisites(steps: string[], target: 'page' | 'server'): string[] {
  const source = steps.length > 0 ? ['Its ids come from requests just sent:', ...steps.map((step) => `  ${step}`)] : [];
  if (target === 'server') return source;
  return [
    ...(source.length > 0 ? source : ['Its ids come from requests sent earlier from this page.']),
    'They were made in the sandbox inside the page; for a server, choose "Send to" that server and copy again.',
  ];
}
