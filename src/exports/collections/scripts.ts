// src/exports/collections/scripts.ts: the JavaScript the Postman and Bruno collections run around each request,
// written once against a neutral `set(name, value)`, `body` and `etag` that each writer binds to its tool's API.
// The tools' script sandboxes cannot import project code, so these few lines restate, in the tools' own JavaScript,
// what a consumer does per request: a new Ssp-TraceID, a JWT with iat now and exp = iat + 300, UK calendar dates.
// https://developer.nhs.uk/apis/gpconnect/integration_cross_organisation_audit_and_provenance.html (iat, exp)
// https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html (Ssp-TraceID)
import { JWT_HEADER, JWT_LIFETIME_SECONDS } from '../../spec/jwt.ts';
import type { JwtClaims } from '../../consumer/claims.ts';
import type { Capture } from './plan.ts';
import { dayVariable, type AppointmentChange } from './template.ts';

/** Sets traceId (a v4 UUID), now (UK time with its offset) and one variable per day offset the requests use. */
export function runtimeScript(dayOffsets: number[]): string[] {
  return [
    '// A new Ssp-TraceID for every request.',
    "set('traceId', 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {",
    '  const r = (Math.random() * 16) | 0;',
    "  return (c === 'x' ? r : (r & 3) | 8).toString(16);",
    '}));',
    '// UK civil time: BST runs from 01:00 UTC on the last Sunday of March to the last Sunday of October.',
    'const lastSundayAtOne = (y, m) => {',
    '  const d = new Date(Date.UTC(y, m + 1, 0, 1));',
    '  return d.getTime() - d.getUTCDay() * 86400000;',
    '};',
    'const instant = Date.now();',
    'const year = new Date(instant).getUTCFullYear();',
    'const bst = instant >= lastSundayAtOne(year, 2) && instant < lastSundayAtOne(year, 9);',
    'const uk = new Date(instant + (bst ? 3600000 : 0));',
    'const day = (offset) =>',
    '  new Date(Date.UTC(uk.getUTCFullYear(), uk.getUTCMonth(), uk.getUTCDate() + offset)).toISOString().slice(0, 10);',
    "const pad = (n) => String(n).padStart(2, '0');",
    "set('now', `${day(0)}T${pad(uk.getUTCHours())}:${pad(uk.getUTCMinutes())}:${pad(uk.getUTCSeconds())}${bst ? '+01:00' : '+00:00'}`);",
    ...dayOffsets.map((offset) => `set('${dayVariable(offset)}', day(${offset}));`),
  ];
}

/** Builds this request's unsigned JWT (alg none, empty signature) from its claims, issued now. */
export function jwtScript(claims: JwtClaims): string[] {
  const payload = JSON.stringify(claims);
  // btoa takes Latin-1 only; every claim the examples send is ASCII, and this keeps it so.
  if (!/^[\x20-\x7e]*$/.test(payload)) throw new Error(`collections: JWT claims must be ASCII, got ${payload}`);
  return [
    `const claims = ${payload};`,
    'claims.iat = Math.floor(Date.now() / 1000);',
    `claims.exp = claims.iat + ${JWT_LIFETIME_SECONDS};`,
    "const base64url = (text) => btoa(text).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');",
    `set('jwt', \`\${base64url('${JSON.stringify(JWT_HEADER)}')}.\${base64url(JSON.stringify(claims))}.\`);`,
  ];
}

/** Makes {{appointmentBody}}: the stored appointment with this request's change applied. */
export function appointmentBodyScript(change: AppointmentChange): string[] {
  return [
    "const appointment = JSON.parse(get('appointment'));",
    `Object.assign(appointment, ${JSON.stringify(change.set)});`,
    `for (const [key, items] of Object.entries(${JSON.stringify(change.append)}))`,
    '  appointment[key] = [...(appointment[key] || []), ...items];',
    "set('appointmentBody', JSON.stringify(appointment, null, 2));",
  ];
}

const resources = 'const resources = (body.entry || []).map((entry) => entry.resource);';

/** Reads what later requests need from a successful answer (the same values the widget's session keeps). */
export function captureScript(capture: Capture): string[] {
  switch (capture.kind) {
    case 'patientId':
      return ["set('patientId', body.entry[0].resource.id);"];
    case 'freeSlot':
      return [
        resources,
        "const slot = resources.find((r) => r.resourceType === 'Slot' && r.status === 'free' && new Date(r.start) > new Date());",
        "const schedule = resources.find((r) => r.resourceType === 'Schedule' && `Schedule/${r.id}` === slot.schedule.reference);",
        'const actor = (type) =>',
        "  (schedule.actor.map((a) => a.reference).find((ref) => ref.startsWith(`${type}/`)) || '').slice(type.length + 1);",
        "set('slotId', slot.id);",
        "set('slotStart', slot.start);",
        "set('slotEnd', slot.end);",
        "set('slotLocationId', actor('Location'));",
        "set('slotPractitionerId', actor('Practitioner'));",
      ];
    case 'appointment':
      return [
        "set('appointmentId', body.id);",
        '// The ETag is W/"<versionId>"; amend and cancel send it back in If-Match.',
        "set('appointmentVersion', /\"([^\"]*)\"/.exec(etag || '')?.[1] ?? String(body.meta.versionId));",
        '// Amend and cancel send the appointment back as the provider returned it.',
        "set('appointment', JSON.stringify(body));",
      ];
    case 'documents':
      return [
        resources,
        'const attachments = resources',
        "  .filter((r) => r.resourceType === 'DocumentReference')",
        '  .map((r) => r.content[0].attachment)',
        '  .sort((a, b) => (a.size || 0) - (b.size || 0));',
        "const binaryId = (attachment) => attachment.url.split('/Binary/').pop();",
        `set('${capture.patient}SmallestBinaryId', binaryId(attachments[0]));`,
        `set('${capture.patient}LargestBinaryId', binaryId(attachments[attachments.length - 1]));`,
      ];
  }
}
