import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { interactions } from '../../../../src/spec/index.ts';
import { ORIGIN, readOutcome } from '../gpc-request.ts';

const { handle } = createSandbox();
const search = async (filter: string, extra = '') => {
  const response = await handle(
    new Request(
      `${ORIGIN}/spine/sds/search?base=${encodeURIComponent('ou=services,o=nhs')}&filter=${encodeURIComponent(filter)}${extra}`,
    ),
  );
  return { response, body: (await response.clone().json()) as { entries: Record<string, unknown>[] } };
};

describe('SDS search', () => {
  test("answers the worked example's MHS lookup with the endpoint and party key", async () => {
    const { body } = await search(
      `(&(nhsIDCode=T99999)(objectClass=nhsMhs)(nhsMhsSvcIA=${interactions.S1.id}))`,
      '&attributes=nhsMhsEndPoint,nhsMhsPartyKey',
    );
    expect(body.entries).toEqual([
      {
        dn: 'uniqueIdentifier=472b35d4641b76454b13,ou=Services,o=nhs',
        nhsMhsEndPoint: 'https://pcs.thirdparty.nhs.uk/T99999/STU3/1/gpconnect/structured',
        nhsMhsPartyKey: 'T99999-9999999',
      },
    ]);
  });
  test("answers the worked example's AS lookup with the ASID 999999999999", async () => {
    const { body } = await search(
      '(&(nhsIDCode=T99999)(objectClass=nhsAs)(nhsMhsPartyKey=T99999-9999999))',
      '&attributes=uniqueIdentifier',
    );
    expect(body.entries.map((e) => e.uniqueIdentifier)).toEqual(['999999999999']);
  });
  test('gives each capability its own endpoint for ORG1', async () => {
    const { body } = await search(`(&(nhsIDCode=B82617)(objectClass=nhsMhs)(nhsMhsSvcIA=${interactions.A3.id}))`);
    expect(body.entries[0]?.nhsMhsEndPoint).toBe('https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect');
  });
  test("finds the example consumer's own ASID", async () => {
    const { body } = await search(
      `(&(nhsIDCode=A1001)(objectClass=nhsAs)(nhsAsSvcIA=${interactions.F2.id})(nhsMhsManufacturerOrg=A1001))`,
    );
    expect(body.entries.map((e) => e.uniqueIdentifier)).toEqual(['200000000115']);
  });
  test('matches attribute names and values without regard to case, as LDAP does', async () => {
    const { body } = await search('(&(NHSIDCODE=b82617)(objectclass=NHSAS))');
    expect(body.entries).toHaveLength(1);
  });
  test('returns no entries for an unknown practice', async () => {
    expect((await search('(&(nhsIDCode=INVOC1)(objectClass=nhsMhs))')).body.entries).toEqual([]);
  });
  test('answers a malformed filter with 400 BAD_REQUEST', async () => {
    const { response } = await search('(|(nhsIDCode=B82617)');
    expect(await readOutcome(response)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
