import { describe, expect, test } from 'vitest';
import type { Bundle } from 'fhir/r3';
import { createSandbox } from '../../../../../src/sandbox/index.ts';
import { gpcRequest, isoDay, readOutcome } from '../../gpc-request.ts';
import { freeSlots } from './appointment-fixtures.ts';
import { toUkDateTime } from '../../../../../src/spec/uk-time.ts';

const sandbox = createSandbox();
const search = (query: string, ods = 'B82617') => sandbox.handle(gpcRequest('A1', { ods, query }));
const range = `start=ge${isoDay()}&end=le${isoDay(14)}`;

describe('A1 search for free slots', () => {
  test('offers ORG1 30, ORG2 20 and ORG3 0 free slots over today + 14 days', async () => {
    expect(await freeSlots(sandbox, 'B82617')).toHaveLength(30);
    expect(await freeSlots(sandbox, 'R1A14')).toHaveLength(20);
    expect(await freeSlots(sandbox, 'X12345')).toHaveLength(0);
  });
  test('returns an empty searchset when nothing matches', async () => {
    const bundle = (await (await search(`${range}&status=free&_include=Slot:schedule`, 'X12345')).json()) as Bundle;
    expect(bundle).toMatchObject({ type: 'searchset', total: 0 });
    expect(bundle.entry).toBeUndefined();
  });
  test('writes slot times in UK local time with the right offset', async () => {
    for (const slot of await freeSlots(sandbox)) expect(slot.start).toMatch(/T\d\d:\d\d:\d\d\+0[01]:00$/);
  });
  test('includes the schedules, the Organization always, and the practitioners and locations on request', async () => {
    const plain = (await (await search(`${range}&status=free&_include=Slot:schedule`)).json()) as Bundle;
    const types = (b: Bundle) => new Set(b.entry?.map((e) => e.resource?.resourceType));
    expect(types(plain)).toEqual(new Set(['Slot', 'Schedule', 'Organization']));
    const full = (await (
      await search(
        `${range}&status=free&_include=Slot:schedule&_include:recurse=Schedule:actor:Practitioner` +
          '&_include:recurse=Schedule:actor:Location&_include:recurse=Location:managingOrganization',
      )
    ).json()) as Bundle;
    expect(types(full)).toEqual(new Set(['Slot', 'Schedule', 'Organization', 'Practitioner', 'Location']));
  });
  test('ignores search filters the provider does not know', async () => {
    const response = await search(
      `${range}&status=free&_include=Slot:schedule&searchFilter=https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1%7Curgent-care&searchFilter=urn:x%7Cy`,
    );
    expect(response.status).toBe(200);
  });
  test('accepts dateTimes with the UK offset of their season', async () => {
    const start = toUkDateTime(new Date(Date.now() + 86_400_000));
    const response = await search(
      `start=ge${encodeURIComponent(start)}&end=le${isoDay(10)}&status=free&_include=Slot:schedule`,
    );
    expect(response.status).toBe(200);
  });
  test.each([
    ['start', `end=le${isoDay(7)}&status=free&_include=Slot:schedule`],
    ['end', `start=ge${isoDay()}&status=free&_include=Slot:schedule`],
    ['status', `${range}&_include=Slot:schedule`],
    ['_include=Slot:schedule', `${range}&status=free`],
  ])('answers a missing %s with 400 BAD_REQUEST', async (_name, query) => {
    expect(await readOutcome(await search(query))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test.each([
    ['a range over 14 days', `start=ge${isoDay()}&end=le${isoDay(15)}&status=free&_include=Slot:schedule`],
    ['end before start', `start=ge${isoDay(5)}&end=le${isoDay(2)}&status=free&_include=Slot:schedule`],
    ['status other than free', `${range}&status=busy&_include=Slot:schedule`],
    ['a wrong prefix', `start=gt${isoDay()}&end=le${isoDay(5)}&status=free&_include=Slot:schedule`],
    ['a partial date', `start=ge${isoDay().slice(0, 7)}&end=le${isoDay(5)}&status=free&_include=Slot:schedule`],
    ['a malformed date', `start=ge2025-02-30&end=le${isoDay(5)}&status=free&_include=Slot:schedule`],
    [
      'an offset that is not UK',
      `start=ge${isoDay()}T09:00:00%2B02:00&end=le${isoDay(5)}&status=free&_include=Slot:schedule`,
    ],
    [
      'an offset whose + was not percent-encoded (it arrives as a space)',
      `start=ge${isoDay()}T09:00:00+00:00&end=le${isoDay(5)}&status=free&_include=Slot:schedule`,
    ],
    ['start sent twice', `start=ge${isoDay()}&${range}&status=free&_include=Slot:schedule`],
    [
      'an unknown include',
      `${range}&status=free&_include=Slot:schedule&_include:recurse=Schedule:actor:HealthcareService`,
    ],
  ])('answers %s with 422 INVALID_PARAMETER', async (_case, query) => {
    expect(await readOutcome(await search(query))).toMatchObject({ status: 422, code: 'INVALID_PARAMETER' });
  });
  test('pins the wording of the 14-day rule', async () => {
    const outcome = await readOutcome(
      await search(`start=ge${isoDay()}&end=le${isoDay(20)}&status=free&_include=Slot:schedule`),
    );
    expect(outcome.diagnostics).toMatchInlineSnapshot(`"The search range may cover at most 14 days."`);
  });
});
