// Get structured record (S1): every 1.6.2 parameter's validation and the error rows of https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html.
import { describe, expect, test } from 'vitest';
import { isoDay } from '../gpc-request.ts';
import {
  allergies,
  bundleWarnings,
  expectError,
  nhsNumber,
  param,
  parameters,
  readBundle,
  send,
} from '../data/records/record-requests.ts';

const patient2 = nhsNumber('patient2');
const date = (name: string, valueDate: string) => ({ name, valueDate });
const period = (name: string, start?: string, end?: string) => ({
  name,
  valuePeriod: { ...(start ? { start } : {}), ...(end ? { end } : {}) },
});

describe('the Parameters body', () => {
  test('answers a body that is not JSON with 400 BAD_REQUEST', async () => {
    await expectError(await send('{"resourceType": "Parameters",'), 400, 'BAD_REQUEST');
  });

  test('answers a resource other than Parameters with 422 INVALID_RESOURCE', async () => {
    const diagnostics = await expectError(await send({ resourceType: 'Patient' }), 422, 'INVALID_RESOURCE');
    expect(diagnostics).toContain('Parameters');
  });

  test('answers a parameter list that is not an array with 422 INVALID_RESOURCE', async () => {
    await expectError(
      await send({ resourceType: 'Parameters', parameter: { name: 'includeProblems' } }),
      422,
      'INVALID_RESOURCE',
    );
  });

  test('answers a parameter without a name with 422 INVALID_RESOURCE', async () => {
    await expectError(await send(parameters(patient2, { valueBoolean: true } as never)), 422, 'INVALID_RESOURCE');
  });

  test('answers a body with no recognised parameter with 422 INVALID_PARAMETER', async () => {
    await expectError(await send(parameters(param('includeEverything'))), 422, 'INVALID_PARAMETER');
  });

  test('answers a parameter sent twice with 422 INVALID_PARAMETER', async () => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param('includeProblems'), param('includeProblems'))),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain('includeProblems');
  });

  test('answers a part sent twice with 422 INVALID_RESOURCE', async () => {
    const twice = param(
      'includeAllergies',
      { name: 'includeResolvedAllergies', valueBoolean: true },
      { name: 'includeResolvedAllergies', valueBoolean: false },
    );
    await expectError(await send(parameters(patient2, twice)), 422, 'INVALID_RESOURCE');
  });
});

describe('patientNHSNumber', () => {
  test('answers a request without it with 422 INVALID_PARAMETER naming it', async () => {
    const diagnostics = await expectError(await send(parameters(param('includeProblems'))), 422, 'INVALID_PARAMETER');
    expect(diagnostics).toContain('patientNHSNumber');
  });

  test('answers a string where an Identifier belongs with 422 INVALID_PARAMETER', async () => {
    await expectError(
      await send(parameters({ name: 'patientNHSNumber', valueString: '9690937286' }, param('includeProblems'))),
      422,
      'INVALID_PARAMETER',
    );
  });

  test.each(['9690937287', '969093728', '96909372861', 'ABCDEFGHIJ'])(
    'answers %s with 400 INVALID_NHS_NUMBER',
    async (value) => {
      await expectError(await send(parameters(nhsNumber(value), param('includeProblems'))), 400, 'INVALID_NHS_NUMBER');
    },
  );

  test('answers an identifier system other than the NHS number with 400 INVALID_IDENTIFIER_SYSTEM', async () => {
    const body = parameters({
      name: 'patientNHSNumber',
      valueIdentifier: { system: 'http://fhir.nhs.net/Id/nhs-number', value: '9690937286' },
    });
    await expectError(await send(body), 400, 'INVALID_IDENTIFIER_SYSTEM');
  });

  test('returns the patient, practice and usual GP when no clinical area is asked for', async () => {
    const bundle = await readBundle(await send(parameters(patient2)));
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual([
      'Patient',
      'Organization',
      'Practitioner',
      'PractitionerRole',
      'Location',
    ]);
  });
});

describe('part values', () => {
  test('answers includeAllergies without includeResolvedAllergies with 422 INVALID_PARAMETER', async () => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param('includeAllergies'))),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain('includeResolvedAllergies');
  });

  test.each([
    ['includeAllergies', 'includeResolvedAllergies'],
    ['includeMedication', 'includePrescriptionIssues'],
    ['includeMedication', 'medicationSearchFromDate'],
    ['includeConsultations', 'includeNumberOfMostRecent'],
    ['includeProblems', 'filterStatus'],
    ['includeImmunisations', 'includeNotGiven'],
    ['includeDiaryEntries', 'diaryEntriesSearchDate'],
    ['includeInvestigations', 'investigationSearchPeriod'],
  ])('answers %s.%s with no value with 422 INVALID_PARAMETER naming the part', async (parent, part) => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param(parent, { name: part }))),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain(part);
  });

  test('answers a part with the wrong value type with 422 INVALID_PARAMETER', async () => {
    await expectError(
      await send(
        parameters(patient2, param('includeAllergies', { name: 'includeResolvedAllergies', valueString: 'yes' })),
      ),
      422,
      'INVALID_PARAMETER',
    );
  });

  test.each([0, -1, 1.5])('answers includeNumberOfMostRecent %s with 422 INVALID_PARAMETER', async (value) => {
    await expectError(
      await send(
        parameters(
          patient2,
          param('includeConsultations', { name: 'includeNumberOfMostRecent', valuePositiveInt: value }),
        ),
      ),
      422,
      'INVALID_PARAMETER',
    );
  });

  test.each(['resolved', 'Active'])('answers filterStatus %s with 422 INVALID_PARAMETER', async (value) => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param('includeProblems', { name: 'filterStatus', valueCode: value }))),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain('filterStatus');
  });
});

describe('dates', () => {
  test.each([
    ['a partial date', '2020-01'],
    ['a date with a time', `${isoDay(-10)}T10:00:00+00:00`],
    ['a future date', isoDay(3)],
  ])('answers medicationSearchFromDate as %s with 422 INVALID_PARAMETER', async (_, value) => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param('includeMedication', date('medicationSearchFromDate', value)))),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain('medicationSearchFromDate');
  });

  const periods = [
    ['includeConsultations', 'consultationSearchPeriod'],
    ['includeUncategorisedData', 'uncategorisedDataSearchPeriod'],
    ['includeInvestigations', 'investigationSearchPeriod'],
    ['includeReferrals', 'referralSearchPeriod'],
  ];

  test.each(periods)('answers %s.%s with a start in the future with 422 INVALID_PARAMETER', async (parent, part) => {
    await expectError(
      await send(parameters(patient2, param(parent, period(part, isoDay(3))))),
      422,
      'INVALID_PARAMETER',
    );
  });

  test.each(periods)('answers %s.%s with an end in the future with 422 INVALID_PARAMETER', async (parent, part) => {
    await expectError(
      await send(parameters(patient2, param(parent, period(part, isoDay(-30), isoDay(3))))),
      422,
      'INVALID_PARAMETER',
    );
  });

  test.each(periods)('answers %s.%s with its start after its end with 422 INVALID_PARAMETER', async (parent, part) => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param(parent, period(part, isoDay(-10), isoDay(-20))))),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain(part);
  });

  test.each([
    ['a partial date', '2021'],
    ['a time', `${isoDay(-30)}T09:00:00Z`],
  ])('answers investigationSearchPeriod with %s with 422 INVALID_PARAMETER', async (_, start) => {
    await expectError(
      await send(parameters(patient2, param('includeInvestigations', period('investigationSearchPeriod', start)))),
      422,
      'INVALID_PARAMETER',
    );
  });

  test.each([
    ['a past date', isoDay(-3)],
    ['a partial date', isoDay(30).slice(0, 7)],
    ['a time', `${isoDay(30)}T00:00:00Z`],
  ])('answers diaryEntriesSearchDate as %s with 422 INVALID_PARAMETER', async (_, value) => {
    await expectError(
      await send(parameters(patient2, param('includeDiaryEntries', date('diaryEntriesSearchDate', value)))),
      422,
      'INVALID_PARAMETER',
    );
  });

  test('answers consultationSearchPeriod together with includeNumberOfMostRecent with 422 INVALID_RESOURCE', async () => {
    const both = param('includeConsultations', period('consultationSearchPeriod', isoDay(-100)), {
      name: 'includeNumberOfMostRecent',
      valuePositiveInt: 2,
    });
    await expectError(await send(parameters(patient2, both)), 422, 'INVALID_RESOURCE');
  });
});

describe('combinations', () => {
  const filters = {
    medicationSearchFromDate: param('includeMedication', date('medicationSearchFromDate', isoDay(-100))),
    uncategorisedDataSearchPeriod: param(
      'includeUncategorisedData',
      period('uncategorisedDataSearchPeriod', isoDay(-100)),
    ),
    filterStatus: param('includeProblems', { name: 'filterStatus', valueCode: 'active' }),
    referralSearchPeriod: param('includeReferrals', period('referralSearchPeriod', isoDay(-100))),
    diaryEntriesSearchDate: param('includeDiaryEntries', date('diaryEntriesSearchDate', isoDay(30))),
    includeNotGiven: param('includeImmunisations', { name: 'includeNotGiven', valueBoolean: true }),
    includeStatus: param('includeImmunisations', { name: 'includeStatus', valueBoolean: false }),
  };

  test.each(Object.keys(filters))('answers includeConsultations with %s with 422 INVALID_PARAMETER', async (name) => {
    const diagnostics = await expectError(
      await send(parameters(patient2, param('includeConsultations'), filters[name as keyof typeof filters])),
      422,
      'INVALID_PARAMETER',
    );
    expect(diagnostics).toContain(name);
  });

  test.each(Object.keys(filters).filter((name) => name !== 'filterStatus'))(
    'answers includeProblems with %s with 422 INVALID_PARAMETER',
    async (name) => {
      await expectError(
        await send(parameters(patient2, param('includeProblems'), filters[name as keyof typeof filters])),
        422,
        'INVALID_PARAMETER',
      );
    },
  );

  test('allows includeProblems with filterStatus next to other unfiltered areas', async () => {
    await readBundle(
      await send(
        parameters(
          patient2,
          param('includeProblems', { name: 'filterStatus', valueCode: 'active' }),
          param('includeMedication'),
          param('includeReferrals'),
        ),
      ),
    );
  });

  test('allows every area together when no filter is sent', async () => {
    await readBundle(
      await send(
        parameters(
          patient2,
          param('includeConsultations'),
          param('includeProblems'),
          param('includeMedication'),
          param('includeReferrals'),
          param('includeDiaryEntries'),
          param('includeImmunisations'),
        ),
      ),
    );
  });

  const predefined = () => [
    param('includeConsultations', { name: 'includeNumberOfMostRecent', valuePositiveInt: 3 }),
    param('includeProblems'),
    allergies(true),
    param('includeMedication', date('medicationSearchFromDate', isoDay(-365))),
  ];

  test('accepts the first predefined multi-area search (3 consultations, problems, allergies, a year of medication)', async () => {
    const bundle = await readBundle(await send(parameters(patient2, ...predefined())));
    expect(bundle.entry?.some((e) => e.resource?.resourceType === 'Encounter')).toBe(true);
  });

  test('accepts the second predefined search, which adds unfiltered immunisations and uncategorised data', async () => {
    await readBundle(
      await send(
        parameters(patient2, ...predefined(), param('includeImmunisations'), param('includeUncategorisedData')),
      ),
    );
  });

  test('refuses the predefined search when its medication date is not a year ago', async () => {
    const [consultations, problems, allergy] = predefined();
    const body = parameters(
      patient2,
      consultations!,
      problems!,
      allergy!,
      param('includeMedication', date('medicationSearchFromDate', isoDay(-200))),
    );
    await expectError(await send(body), 422, 'INVALID_PARAMETER');
  });
});

describe('unrecognised parameters', () => {
  test('answers an unknown parameter with 200 and a warning naming it', async () => {
    const bundle = await readBundle(
      await send(
        parameters(
          patient2,
          param('includeProblems'),
          param('includeFamilyHistory', { name: 'since', valueDate: '2020-01-01' }),
        ),
      ),
    );
    expect(bundleWarnings(bundle)).toEqual(['includeFamilyHistory: includeFamilyHistory is an unrecognised parameter']);
  });

  test('answers an unknown part of a known parameter with 200 and a parent.part warning', async () => {
    const body = parameters(
      patient2,
      param(
        'includeAllergies',
        { name: 'includeResolvedAllergies', valueBoolean: false },
        { name: 'includePrescriptionIssues', valueBoolean: true },
      ),
    );
    const bundle = await readBundle(await send(body));
    expect(bundleWarnings(bundle)).toEqual([
      'includeAllergies.includePrescriptionIssues: includeAllergies.includePrescriptionIssues is an unrecognised parameter',
    ]);
  });

  test('treats filterPrescriptionType, which 1.6.2 does not define, as an unrecognised part', async () => {
    const bundle = await readBundle(
      await send(
        parameters(patient2, param('includeMedication', { name: 'filterPrescriptionType', valueCode: 'acute' })),
      ),
    );
    expect(bundleWarnings(bundle)).toEqual([
      'includeMedication.filterPrescriptionType: includeMedication.filterPrescriptionType is an unrecognised parameter',
    ]);
  });

  test('puts every warning in one OperationOutcome with the NOT_IMPLEMENTED code', async () => {
    const bundle = await readBundle(await send(parameters(patient2, param('one'), param('two'))));
    const outcomes = bundle.entry?.filter((e) => e.resource?.resourceType === 'OperationOutcome') ?? [];
    expect(outcomes).toHaveLength(1);
    const issue = (
      outcomes[0]?.resource as unknown as {
        issue: { severity: string; code: string; details: { coding: { code: string }[] } }[];
      }
    ).issue;
    expect(issue.map((i) => [i.severity, i.code, i.details.coding[0]?.code])).toEqual([
      ['warning', 'not-supported', 'NOT_IMPLEMENTED'],
      ['warning', 'not-supported', 'NOT_IMPLEMENTED'],
    ]);
  });
});
