// S1 get structured record (1.6.2): parameters → checks → patient → chosen areas → collection Bundle.
import type { OperationOutcomeIssue } from 'fhir/r3';
import { findRecord } from '../../data/records/index.ts';
import { fhirJsonResponse } from '../../respond.ts';
import { toIssue } from '../../spine-error.ts';
import { ukDate } from '../../../spec/uk-time.ts';
import type { InteractionContext } from '../types.ts';
import { selectAreas } from './areas.ts';
import { bundleUtf8 } from '../bundle-json.ts';
import { assembleBundle } from './bundle.ts';
import { readParameters } from './parameters.ts';
import { buildStructuredQuery } from './query.ts';
import { findRecordPatient } from './record-patient.ts';
import { Selection } from './selection.ts';

/** Up to this many unknown names get a warning each, as the spec's examples show; more share one warning. */
export const MAX_UNRECOGNISED_WARNINGS = 5;

/**
 * Warnings for parameters and parts the sandbox does not know
 * (https://developer.nhs.uk/apis/gpconnect-1-6-2/accessrecord_structured_development_retrieve_patient_record.html,
 * "Error handling"). One warning each, unless there are many: a body of thousands of unknown names must not get an
 * answer many times its own size, so they then share one warning naming the first few.
 */
export function unrecognisedIssues(names: string[]): OperationOutcomeIssue[] {
  if (names.length <= MAX_UNRECOGNISED_WARNINGS)
    return names.map((name) => toIssue('NOT_IMPLEMENTED', name, 'warning', `${name} is an unrecognised parameter`));
  const first = names.slice(0, MAX_UNRECOGNISED_WARNINGS).join(', ');
  return [
    toIssue(
      'NOT_IMPLEMENTED',
      `${names.length} unrecognised parameters, starting ${first}`,
      'warning',
      `${names.length} parameters are unrecognised (${first}, ...)`,
    ),
  ];
}

export async function getStructuredRecord(ctx: InteractionContext): Promise<Response> {
  const query = buildStructuredQuery(await readParameters(ctx.request, '$gpc.getstructuredrecord'), ukDate(ctx.now));
  ctx.assertEnabled();
  const { header, subject, held } = findRecordPatient(ctx, query.nhsNumber);
  const record = findRecord(held.patient.nhsNumber, ctx.now, subject);
  const sel = new Selection({
    record,
    disabled: ctx.disabledAreas,
    includeConfidential: false,
    setting: {
      subject: subject.patient,
      date: ctx.now.toISOString(),
      ...(record.inTransitSince ? { inTransitSince: record.inTransitSince } : {}),
    },
  });
  selectAreas(sel, query);
  return fhirJsonResponse(bundleUtf8(assembleBundle(ctx.traceId, header, sel, unrecognisedIssues(query.unrecognised))));
}
