// The practitioners of the test pack, by SDS user id, with their role profile ids (https://developer.nhs.uk/apis/gpconnect/testing_data.html).

export interface TestPractitioner {
  /** Test-pack actor name. */
  key: string;
  sdsUserId: string;
  /** Logical ids of the records holding this SDS user id (two for practitioner5). */
  records: {
    logicalId: string;
    prefix: string;
    given: string;
    family: string;
    gender: 'male' | 'female';
    roleProfileIds: string[];
    languages?: string[];
  }[];
  role: string;
}

export const testPractitioners = {
  practitioner1: {
    key: 'practitioner1',
    sdsUserId: 'G13579135',
    records: [
      {
        logicalId: '1',
        prefix: 'Miss',
        given: 'Nichole',
        family: 'Gilbert',
        gender: 'female',
        roleProfileIds: [],
        languages: ['de', 'en'],
      },
    ],
    role: 'A practitioner with no role profile ids.',
  },
  practitioner2: {
    key: 'practitioner2',
    sdsUserId: 'G11111116',
    records: [
      {
        logicalId: '2',
        prefix: 'Mrs',
        given: 'Melissa',
        family: 'Parsons',
        gender: 'female',
        roleProfileIds: ['PT1234'],
      },
    ],
    role: 'A practitioner with one role profile id.',
  },
  practitioner3: {
    key: 'practitioner3',
    sdsUserId: 'G22345655',
    records: [
      {
        logicalId: '3',
        prefix: 'Mr',
        given: 'Kibo',
        family: 'Slater',
        gender: 'male',
        roleProfileIds: ['PT1122', 'PT1234'],
      },
    ],
    role: 'A practitioner with two role profile ids.',
  },
  practitioner5: {
    key: 'practitioner5',
    sdsUserId: 'G22222226',
    records: [
      {
        logicalId: '5',
        prefix: 'Mrs',
        given: 'Melissa',
        family: 'Parsons',
        gender: 'female',
        roleProfileIds: ['PT3333'],
      },
      {
        logicalId: '6',
        prefix: 'Mrs',
        given: 'Melissa',
        family: 'Parsons',
        gender: 'female',
        roleProfileIds: ['PT2222', 'PT4444'],
      },
    ],
    role: 'One SDS user id held by two records, so a search returns both.',
  },
} as const satisfies Record<string, TestPractitioner>;

export type TestPractitionerKey = keyof typeof testPractitioners;

/** practitioner4: an SDS user id that must not exist (search → empty Bundle). */
export const UNKNOWN_SDS_USER_ID = 'G99999999';
