// S1 get structured record (1.6.2): parameters → checks → patient → chosen areas → collection Bundle (facts §9).
import type { OperationOutcomeIssue } from 'fhir/r3';
import { findRecord } from '../../data/records/index.ts';
import { fhirResponse } from '../../respond.ts';
import { toIssue } from '../../spine-error.ts';
import { ukDate } from '../../uk-time.ts';
import type { InteractionContext } from '../types.ts';
import { selectAreas } from './areas.ts';
import { assembleBundle } from './bundle.ts';
import { readParameters } from './parameters.ts';
import { buildStructuredQuery } from './query.ts';
import { findRecordPatient } from './record-patient.ts';
import { Selection } from './selection.ts';

/** One warning per parameter or part the sandbox does not know (facts §9.6). */
const toUnrecognisedIssue = (name: string): OperationOutcomeIssue =>
  toIssue('NOT_IMPLEMENTED', name, 'warning', `${name} is an unrecognised parameter`);

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
  return fhirResponse(assembleBundle(ctx.traceId, header, sel, query.unrecognised.map(toUnrecognisedIssue)));
}
