import { describe, expect, test } from 'vitest';
import { checkStructuredParameters } from '../../../src/consumer/structured-parameters.ts';

const today = '2026-03-02';
const nhs = {
  name: 'patientNHSNumber',
  valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' },
};
const check = (...parameter: object[]) =>
  checkStructuredParameters({ resourceType: 'Parameters', parameter: [nhs, ...parameter] }, today);

describe('the get structured record parameter rules', () => {
  test('accepts a valid request', () => {
    expect(
      check({ name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: true }] }),
    ).toEqual([]);
  });

  test('refuses a medication date filter together with problems, linking the rule', () => {
    const problems = check(
      { name: 'includeProblems' },
      { name: 'includeMedication', part: [{ name: 'medicationSearchFromDate', valueDate: '2025-01-01' }] },
    );
    expect(problems).toEqual([
      {
        parameter: 'medicationSearchFromDate',
        message: 'medicationSearchFromDate may not be sent together with includeProblems.',
        outcome: { status: 422, code: 'INVALID_PARAMETER' },
        link: '/access-record-structured/get-structured-record/#param-medicationSearchFromDate',
      },
    ]);
  });

  test('requires includeResolvedAllergies under includeAllergies', () => {
    expect(check({ name: 'includeAllergies' }).map((problem) => problem.parameter)).toEqual([
      'includeResolvedAllergies',
    ]);
  });

  test('refuses future filter dates, partial dates and diary dates before today', () => {
    expect(
      check({ name: 'includeMedication', part: [{ name: 'medicationSearchFromDate', valueDate: '2026-04-01' }] })[0]
        ?.message,
    ).toBe('medicationSearchFromDate may not be after today (2026-03-02).');
    expect(
      check({ name: 'includeMedication', part: [{ name: 'medicationSearchFromDate', valueDate: '2026-01' }] })[0]
        ?.message,
    ).toBe('medicationSearchFromDate must be a whole date (yyyy-mm-dd) with no time.');
    expect(
      check({ name: 'includeDiaryEntries', part: [{ name: 'diaryEntriesSearchDate', valueDate: '2026-03-01' }] })[0]
        ?.message,
    ).toBe('diaryEntriesSearchDate must be today (2026-03-02) or later.');
  });

  test('treats an unknown parameter as a 200 warning, not an error', () => {
    const problems = check(
      { name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: false }] },
      { name: 'includeGenomics' },
    );
    expect(problems).toMatchObject([{ parameter: 'includeGenomics', outcome: 'warning' }]);
  });

  test('refuses a bad NHS number, period with most-recent, and a filterStatus outside active and inactive', () => {
    const badNhs = checkStructuredParameters(
      {
        resourceType: 'Parameters',
        parameter: [
          { ...nhs, valueIdentifier: { ...nhs.valueIdentifier, value: '9690937287' } },
          { name: 'includeProblems' },
        ],
      },
      today,
    );
    expect(badNhs[0]?.outcome).toEqual({ status: 400, code: 'INVALID_NHS_NUMBER' });
    expect(
      check({
        name: 'includeConsultations',
        part: [
          { name: 'consultationSearchPeriod', valuePeriod: { start: '2025-01-01' } },
          { name: 'includeNumberOfMostRecent', valuePositiveInt: 3 },
        ],
      })[0]?.outcome,
    ).toEqual({ status: 422, code: 'INVALID_RESOURCE' });
    expect(
      check({ name: 'includeProblems', part: [{ name: 'filterStatus', valueCode: 'resolved' }] })[0]?.message,
    ).toBe('filterStatus must be active or inactive.');
  });

  test('asks for a Parameters resource', () => {
    expect(checkStructuredParameters({ resourceType: 'Patient' }, today)[0]?.outcome).toEqual({
      status: 422,
      code: 'INVALID_RESOURCE',
    });
  });
});
