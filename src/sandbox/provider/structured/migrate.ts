// S2 migrate structured record (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_migrate_patient_record.html): the full record for GP2GP, with confidential items only under conf/R.
import type { ParametersParameter, Resource } from 'fhir/r3';
import { findRecord } from '../../data/records/index.ts';
import { fhirJsonResponse } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import type { InteractionContext } from '../types.ts';
import { selectAreas } from './areas.ts';
import { bundleUtf8 } from '../bundle-json.ts';
import { assembleBundle } from './bundle.ts';
import { indexByName, readNhsNumber, readParameters, readValue } from './parameters.ts';
import { NHS_NUMBER_PARAMETER, type StructuredQuery } from './query.ts';
import { findRecordPatient } from './record-patient.ts';
import { Selection } from './selection.ts';

const FULL_RECORD = 'includeFullRecord';
const SENSITIVE = 'includeSensitiveInformation';

interface MigrateQuery {
  nhsNumber: string;
  includeSensitive: boolean;
}

/** Reads the migrate parameters; unlike get structured record, anything unrecognised is an error (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_migrate_patient_record.html). */
export function readMigrateQuery(parameters: ParametersParameter[]): MigrateQuery {
  const top = indexByName(parameters);
  const unknown = [...top.keys()].filter((name) => name !== NHS_NUMBER_PARAMETER && name !== FULL_RECORD);
  if (unknown.length)
    throw new SpineError(
      'INVALID_PARAMETER',
      `${unknown.join(', ')}: not a parameter of $gpc.migratestructuredrecord, which takes ${NHS_NUMBER_PARAMETER} and ${FULL_RECORD}.`,
    );
  const nhs = top.get(NHS_NUMBER_PARAMETER);
  if (!nhs) throw new SpineError('INVALID_PARAMETER', `${NHS_NUMBER_PARAMETER} is missing; it is mandatory.`);
  const nhsNumber = readNhsNumber(nhs);
  const full = top.get(FULL_RECORD);
  if (!full) throw new SpineError('INVALID_PARAMETER', `${FULL_RECORD} is missing; it is mandatory.`);
  const parts = indexByName(full.part ?? [], FULL_RECORD);
  const unknownParts = [...parts.keys()].filter((name) => name !== SENSITIVE);
  if (unknownParts.length)
    throw new SpineError(
      'INVALID_PARAMETER',
      `${unknownParts.map((p) => `${FULL_RECORD}.${p}`).join(', ')}: not a part of ${FULL_RECORD}, which takes ${SENSITIVE}.`,
    );
  const sensitive = parts.get(SENSITIVE);
  // spec: includeSensitiveInformation defaults to true
  return {
    nhsNumber,
    includeSensitive: sensitive ? readValue(sensitive, 'valueBoolean', `${FULL_RECORD}.${SENSITIVE}`) : true,
  };
}

/** Every area, unfiltered, with ended allergies, issues, not-given immunisations and consent records. */
const FULL_RECORD_QUERY: Omit<StructuredQuery, 'nhsNumber'> = {
  allergies: { includeResolved: true },
  medications: { includeIssues: true },
  consultations: {},
  problems: {},
  immunisations: { includeNotGiven: true, includeStatus: true },
  uncategorised: {},
  investigations: {},
  referrals: {},
  diaryEntries: {},
  unrecognised: [],
};

export async function migrateStructuredRecord(ctx: InteractionContext): Promise<Response> {
  const query = readMigrateQuery(await readParameters(ctx.request, '$gpc.migratestructuredrecord'));
  // spec: sensitive information needs the restricted scope (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_migrate_patient_record.html)
  if (query.includeSensitive && ctx.claims.confidentiality !== 'conf/R') {
    throw new SpineError(
      'CONFLICTING_VALUES',
      `${FULL_RECORD}.${SENSITIVE} is true but the JWT requested_scope is ${JSON.stringify(ctx.claims.requested_scope)}; send "patient/*.read conf/R", or set ${SENSITIVE} to false.`,
    );
  }
  ctx.assertEnabled();
  const { header, subject, held } = findRecordPatient(ctx, query.nhsNumber);
  // Decision: the sandbox's PDS knows no re-registration, so a request from the practice that holds the record
  // (the patient cannot be moving to it) is the case with no legitimate relationship.
  if (ctx.claims.requestingOds === held.practice.odsCode) {
    throw new SpineError(
      'NO_RELATIONSHIP',
      `The requesting organisation ${ctx.claims.requestingOds} is the practice that holds the record; migrate is requested by the patient's new PDS-registered practice.`,
    );
  }
  const record = findRecord(held.patient.nhsNumber, ctx.now, subject);
  const sel = new Selection({
    record,
    disabled: new Set(),
    includeConfidential: query.includeSensitive,
    setting: {
      subject: subject.patient,
      date: ctx.now.toISOString(),
      ...(record.inTransitSince ? { inTransitSince: record.inTransitSince } : {}),
    },
  });
  selectAreas(sel, { nhsNumber: query.nhsNumber, ...FULL_RECORD_QUERY });
  // All documents travel with a migration, linked or not; their files are then fetched with migrate document.
  for (const key of record.items.documents) if (sel.isVisible(key)) sel.included.add(key);
  // spec: in a migration the previous practice (the one answering) is the patient's generalPractitioner
  const migrated = header.map((resource) =>
    resource.resourceType === 'Patient'
      ? ({ ...resource, generalPractitioner: [{ reference: subject.practice }] } as Resource)
      : resource,
  );
  return fhirJsonResponse(bundleUtf8(assembleBundle(ctx.traceId, migrated, sel, [])));
}
