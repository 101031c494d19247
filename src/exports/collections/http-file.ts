// src/exports/collections/http-file.ts: a capability's requests as one .http file in the syntax VS Code REST Client
// and JetBrains HTTP Client share: `@name = value` file variables, `###` between requests, `# @name` labels.
// Neither can build a JWT from that shared syntax (REST Client runs no scripts; JetBrains' `< {% %}` scripts are
// lines REST Client would send as the request), so every request carries an unsigned JWT made when the file was
// written, and the file says so at the top, with when those tokens expire.
import { capabilities, type CapabilityKey } from '../../spec/capabilities.ts';
import { JWT_LIFETIME_SECONDS } from '../../spec/jwt.ts';
import { toEpochSeconds } from '../../consumer/claims.ts';
import { encodeJwt } from '../../consumer/jwt.ts';
import { toUkDateTime } from '../../spec/uk-time.ts';
import { LOCAL_SANDBOX_URL } from './postman.ts';
import { dayValues, listDayOffsets, listVariables, type RequestTemplate } from './template.ts';

/** Where each value an earlier answer supplies comes from, for the reader who copies it across by hand. */
const SUPPLIED_BY: Record<string, string> = {
  patientId: 'the patient search: entry[0].resource.id',
  slotId: 'the free-slot search: the first free Slot in the Bundle, its id',
  slotStart: 'the same Slot: start',
  slotEnd: 'the same Slot: end',
  slotLocationId: "the same Slot's Schedule: the Location in actor",
  slotPractitionerId: "the same Slot's Schedule: the Practitioner in actor",
  appointmentId: 'the booking (or a read) of the appointment: id',
  appointmentVersion: 'the same answer: the version in its ETag, W/"<version>"',
  appointmentBody:
    'the appointment exactly as the booking or last read returned it, on one line, with the change this request makes',
  patient2SmallestBinaryId: "patient2's document search: the Binary id in the smallest attachment's url",
  patient2LargestBinaryId: "patient2's document search: the Binary id in the largest attachment's url",
  patient4SmallestBinaryId: "patient4's document search: the Binary id in the smallest attachment's url",
  patient4LargestBinaryId: "patient4's document search: the Binary id in the largest attachment's url",
};

/** The variable that holds request `index`'s prebuilt token. */
export const jwtVariable = (index: number): string => `jwt${String(index + 1).padStart(2, '0')}`;

const requestLabel = (template: RequestTemplate, index: number) =>
  `${String(index + 1).padStart(2, '0')}_${template.name.replace(/[^A-Za-z0-9]+/g, '_')}`;

function requestBlock(template: RequestTemplate, index: number): string[] {
  const { status, code } = template.expect;
  const jwt = jwtVariable(index);
  const textOf = (value: string) => value.replaceAll('{{jwt}}', `{{${jwt}}}`);
  return [
    `### ${String(index + 1).padStart(2, '0')} ${template.name}: ${template.title} (expect ${status}${code ? ` ${code}` : ''})`,
    ...(template.prerequisite ? ['# Sent first because a later request needs a value its answer supplies.'] : []),
    `# @name ${requestLabel(template, index)}`,
    `${template.method} ${template.url} HTTP/1.1`,
    ...template.headers.map(([name, value]) => `${name}: ${textOf(value)}`),
    ...(template.body === null ? [] : ['', template.body]),
    '',
  ];
}

/** The whole file, with tokens issued at `now` and the dates of that UK day. */
export function buildHttpFile(capability: CapabilityKey, templates: RequestTemplate[], now: Date): string {
  const { name, version } = capabilities[capability];
  const iat = toEpochSeconds(now);
  const expires = toUkDateTime(new Date((iat + JWT_LIFETIME_SECONDS) * 1000));
  const used = new Set(templates.flatMap((t) => listVariables([t.url, ...t.headers.flat(), t.body ?? ''].join('\n'))));
  const supplied = Object.keys(SUPPLIED_BY).filter((variable) => used.has(variable));
  return [
    `# GP Connect ${name} ${version}: the portal's named examples, in an order that runs top to bottom against a`,
    `# fresh sandbox (npm run sandbox). For VS Code REST Client and JetBrains HTTP Client.`,
    '#',
    '# JWT: each request has its own unsigned token (alg none) in a jwtNN variable below, made when this file was',
    `# written (${toUkDateTime(now)}). GP Connect tokens live ${JWT_LIFETIME_SECONDS} seconds, so the sandbox answers`,
    `# 400 BAD_REQUEST after ${expires}. Neither client can make a token from this file's shared syntax; for tokens`,
    "# made per request use the Postman or Bruno collection, or a try-it widget's Copy as, which issue one on every send.",
    '',
    `@baseUrl = ${LOCAL_SANDBOX_URL}`,
    '# Ssp-TraceID is new for every request. REST Client writes a new UUID as {{$guid}}, JetBrains HTTP Client as',
    '# {{$random.uuid}}: keep the line for your client.',
    '@traceId = {{$guid}}',
    '# @traceId = {{$random.uuid}}',
    '',
    ...(used.has('now') || [...used].some((v) => v.startsWith('today'))
      ? [
          '# Dates on the UK calendar day this file was written; move them on when you run it on a later day.',
          ...Object.entries({ ...dayValues(listDayOffsets(templates), now), now: toUkDateTime(now) })
            .filter(([variable]) => used.has(variable))
            .map(([variable, value]) => `@${variable} = ${value}`),
          '',
        ]
      : []),
    ...(supplied.length > 0
      ? [
          '# Values earlier answers supply: after sending the request named, copy the value here.',
          ...supplied.flatMap((variable) => [`# from ${SUPPLIED_BY[variable]}`, `@${variable} =`]),
          '',
        ]
      : []),
    ...templates.map(
      (template, index) =>
        `@${jwtVariable(index)} = ${encodeJwt({ ...template.claims, iat, exp: iat + JWT_LIFETIME_SECONDS })}`,
    ),
    '',
    ...templates.flatMap(requestBlock),
  ].join('\n');
}
