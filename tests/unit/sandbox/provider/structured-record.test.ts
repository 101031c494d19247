// Get structured record (S1): the Bundle, each clinical area's filters, the special patients, warnings and switches.
import type {
  AllergyIntolerance,
  Condition,
  DiagnosticReport,
  Encounter,
  Immunization,
  List,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  PractitionerRole,
  ProcedureRequest,
  ReferralRequest,
} from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import {
  CLINICAL_SETTING,
  EMPTY_LIST,
  NO_KNOWN_ALLERGY,
  SECONDARY_LIST_SYSTEM,
  consultationStructureLists,
  primaryLists,
  profileUrl,
  testPatients,
  type TestPatientKey,
} from '../../../../src/spec/index.ts';
import { isoDay } from '../gpc-request.ts';
import {
  allergies,
  bundleWarnings,
  everyArea,
  expectError,
  expectLinksResolve,
  gpcRequest,
  listTitled,
  listsOf,
  nhsNumber,
  ofType,
  param,
  parameters,
  readBundle,
  resourcesOf,
  sandbox,
  send,
  warningCodes,
} from '../data/records/record-requests.ts';

const patient2 = nhsNumber('patient2');
const record = async (...p: Parameters<typeof parameters>) => readBundle(await send(parameters(...p)));
const period = (name: string, start?: string, end?: string) => ({
  name,
  valuePeriod: { ...(start ? { start } : {}), ...(end ? { end } : {}) },
});
const codesOf = (lists: List[]) => lists.map((l) => l.code?.coding?.[0]?.code);

describe('the Bundle', () => {
  test('is a collection whose id is the Ssp-TraceID, with the structured record profile and no fullUrl', async () => {
    const request = gpcRequest('S1', { body: parameters(patient2, ...everyArea()) });
    const traceId = request.headers.get('Ssp-TraceID');
    const bundle = await readBundle(await sandbox.handle(request));
    expect(bundle.id).toBe(traceId);
    expect(bundle.type).toBe('collection');
    expect(bundle.meta).toEqual({ profile: [profileUrl('structuredRecordBundle')] });
    expect(bundle.entry?.every((e) => e.fullUrl === undefined)).toBe(true);
  });

  test("starts with the Patient, the practice, the usual GP and the GP's one PractitionerRole", async () => {
    const bundle = await record(patient2, ...everyArea());
    const [patient, organization, practitioner, role] = resourcesOf(bundle);
    expect([patient?.resourceType, organization?.resourceType, practitioner?.resourceType, role?.resourceType]).toEqual(
      ['Patient', 'Organization', 'Practitioner', 'PractitionerRole'],
    );
    expect([(patient as Patient).generalPractitioner ?? []].flat()[0]?.reference).toBe(
      `Practitioner/${practitioner?.id}`,
    );
    const roles = ofType<PractitionerRole>(bundle, 'PractitionerRole');
    const perPractitioner = new Map<string, number>();
    for (const r of roles)
      perPractitioner.set(
        r.practitioner?.reference ?? '',
        (perPractitioner.get(r.practitioner?.reference ?? '') ?? 0) + 1,
      );
    expect([...perPractitioner.values()].every((n) => n === 1)).toBe(true);
  });

  test('gives every resource a meta.profile and every reference a target in the Bundle', async () => {
    const bundle = await record(patient2, ...everyArea());
    expect(
      resourcesOf(bundle)
        .filter((r) => !r.meta?.profile?.length)
        .map((r) => r.resourceType),
    ).toEqual([]);
    expectLinksResolve(bundle);
  });

  test('returns the ten primary Lists with their SNOMED codes and titles', async () => {
    const bundle = await record(patient2, ...everyArea());
    for (const { code, title } of Object.values(primaryLists)) {
      const list = listTitled(bundle, title);
      expect(list?.code?.coding?.[0]?.code, title).toBe(code);
      expect([list?.status, list?.mode, list?.subject?.reference]).toEqual(['current', 'snapshot', 'Patient/2']);
      expect(list?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe(CLINICAL_SETTING.code);
    }
  });

  test.each([
    'allergies',
    'medications',
    'problems',
    'consultations',
    'immunisations',
    'uncategorised',
    'investigations',
    'referrals',
    'diaryEntries',
  ])('keeps every reference resolvable when only the %s area is asked for', async (area) => {
    const parameter = {
      allergies: allergies(),
      medications: param('includeMedication'),
      problems: param('includeProblems'),
      consultations: param('includeConsultations'),
      immunisations: param('includeImmunisations'),
      uncategorised: param('includeUncategorisedData'),
      investigations: param('includeInvestigations'),
      referrals: param('includeReferrals'),
      diaryEntries: param('includeDiaryEntries'),
    }[area]!;
    expectLinksResolve(await record(patient2, parameter));
  });
});

describe('allergies', () => {
  test('lists current allergies and contains the ended ones in their own List', async () => {
    const bundle = await record(patient2, allergies(true));
    const current = listTitled(bundle, 'Allergies and adverse reactions');
    const ended = listTitled(bundle, 'Ended allergies');
    expect(current?.entry).toHaveLength(2);
    expect(ended?.contained?.map((a) => (a as AllergyIntolerance).clinicalStatus)).toEqual(['resolved', 'resolved']);
    expect(ended?.entry?.every((e) => e.item.reference?.startsWith('#'))).toBe(true);
    expect(ofType<AllergyIntolerance>(bundle, 'AllergyIntolerance').map((a) => a.clinicalStatus)).toEqual([
      'active',
      'active',
    ]);
    expect(
      ofType<AllergyIntolerance>(bundle, 'AllergyIntolerance').every((a) => a.verificationStatus === 'unconfirmed'),
    ).toBe(true);
  });

  test("codes patient2's penicillin allergy with SNOMED 91936005 and amoxicillin as the substance", async () => {
    const bundle = await record(patient2, allergies(false));
    const penicillin = ofType<AllergyIntolerance>(bundle, 'AllergyIntolerance').find(
      (a) => a.code?.coding?.[0]?.code === '91936005',
    );
    expect(penicillin?.reaction?.[0]?.substance?.coding?.[0]?.display).toBe('Amoxicillin');
  });

  test('leaves the ended List out when includeResolvedAllergies is false', async () => {
    expect(listTitled(await record(patient2, allergies(false)), 'Ended allergies')).toBeUndefined();
  });

  test('gives patient1 an empty allergies List with emptyReason and the "Information not available" note', async () => {
    const list = listTitled(await record(nhsNumber('patient1'), allergies(true)), 'Allergies and adverse reactions');
    expect(list?.entry).toBeUndefined();
    expect(list?.emptyReason?.coding?.[0]?.code).toBe(EMPTY_LIST.code);
    expect(list?.note?.[0]?.text).toBe(EMPTY_LIST.note);
  });

  test('returns patient5\'s explicit "No known allergy" entry', async () => {
    const bundle = await record(nhsNumber('patient5'), allergies(false));
    expect(ofType<AllergyIntolerance>(bundle, 'AllergyIntolerance').map((a) => a.code?.coding?.[0]?.code)).toEqual([
      NO_KNOWN_ALLERGY.code,
    ]);
  });

  test("returns patient17's ended allergies with their end extension and nothing current", async () => {
    const bundle = await record(nhsNumber('patient17'), allergies(true));
    expect(listTitled(bundle, 'Allergies and adverse reactions')?.emptyReason).toBeDefined();
    const ended = listTitled(bundle, 'Ended allergies')?.contained as AllergyIntolerance[];
    expect(ended).toHaveLength(2);
    expect(ended.every((a) => a.extension?.[0]?.extension?.some((part) => part.url === 'endDate'))).toBe(true);
  });

  test("hides patient16's confidential allergy behind a confidential-items warning and keeps the legacy ended one", async () => {
    const bundle = await record(nhsNumber('patient16'), allergies(true));
    const current = listTitled(bundle, 'Allergies and adverse reactions');
    expect(current?.entry).toHaveLength(1);
    expect(warningCodes(current)).toContain('confidential-items');
    expect(current?.note?.map((n) => n.text)).toContain(
      'Items excluded due to confidentiality and/or patient preferences.',
    );
    const legacy = listTitled(bundle, 'Ended allergies')?.contained?.[0] as AllergyIntolerance;
    expect(legacy.extension?.[0]?.extension?.map((part) => part.url)).toEqual(['endDate']);
  });

  test('adds the problems linked to the allergies in the linked-problems List', async () => {
    const bundle = await record(patient2, allergies(false));
    const linked = listsOf(bundle).find(
      (l) => l.code?.coding?.[0]?.code === 'problems-linked-problems-not-relating-to-the-primary-query',
    );
    expect(linked?.entry?.length).toBeGreaterThan(0);
    expect(ofType<Condition>(bundle, 'Condition').map((c) => c.code?.text)).toContain('Community acquired pneumonia');
  });
});

describe('medications', () => {
  test('returns statements, their authorisations (plan), issues (order) and Medications', async () => {
    const bundle = await record(patient2, param('includeMedication'));
    const requests = ofType<MedicationRequest>(bundle, 'MedicationRequest');
    expect(requests.some((r) => r.intent === 'plan')).toBe(true);
    expect(requests.some((r) => r.intent === 'order')).toBe(true);
    expect(ofType(bundle, 'Medication').length).toBe(ofType(bundle, 'MedicationStatement').length);
    expectLinksResolve(bundle);
  });

  test('leaves out the issues when includePrescriptionIssues is false', async () => {
    const bundle = await record(
      patient2,
      param('includeMedication', { name: 'includePrescriptionIssues', valueBoolean: false }),
    );
    expect(ofType<MedicationRequest>(bundle, 'MedicationRequest').every((r) => r.intent === 'plan')).toBe(true);
  });

  test('reaches three years back with repeat, acute and stopped medications', async () => {
    const statements = ofType<MedicationStatement>(
      await record(patient2, param('includeMedication')),
      'MedicationStatement',
    );
    expect(statements.map((s) => s.status).sort()).toEqual([
      'active',
      'active',
      'active',
      'completed',
      'completed',
      'stopped',
    ]);
    expect(statements.some((s) => (s.effectivePeriod?.start ?? '9999') <= isoDay(-1090))).toBe(true);
  });

  test('hides the confidential medication and warns on the List', async () => {
    const bundle = await record(patient2, param('includeMedication'));
    expect(
      ofType<MedicationStatement>(bundle, 'MedicationStatement').some((s) => JSON.stringify(s).includes('Diazepam')),
    ).toBe(false);
    expect(warningCodes(listTitled(bundle, 'Medications and medical devices'))).toEqual(['confidential-items']);
  });

  test('filters by medicationSearchFromDate but always returns medications prescribed elsewhere', async () => {
    const bundle = await record(
      patient2,
      param('includeMedication', { name: 'medicationSearchFromDate', valueDate: isoDay(-365) }),
    );
    const names = ofType<MedicationStatement>(bundle, 'MedicationStatement').map((s) => s.id);
    expect(names).toContain('p2-med-amlodipine');
    expect(names).toContain('p2-med-simvastatin'); // stopped 240 days ago: active within the year
    expect(names).not.toContain('p2-med-amoxicillin'); // an acute course three years ago
    expect(names).toContain('p2-med-discharge-paracetamol'); // prescribed elsewhere
  });
});

describe('consultations', () => {
  test('returns Encounters with their consultation, topic and heading Lists', async () => {
    const bundle = await record(patient2, param('includeConsultations'));
    const encounters = ofType<Encounter>(bundle, 'Encounter');
    expect(encounters).toHaveLength(6);
    const structure = listsOf(bundle).filter((l) => l.encounter);
    const levels = new Set(structure.map((l) => l.code?.coding?.[0]?.code));
    expect(levels).toEqual(new Set(Object.values(consultationStructureLists).map((l) => l.code)));
    expect(structure.every((l) => encounters.some((e) => `Encounter/${e.id}` === l.encounter?.reference))).toBe(true);
    expectLinksResolve(bundle);
  });

  test("adds the consultations' secondary Lists, with a warning where a confidential item was left out", async () => {
    const bundle = await record(patient2, param('includeConsultations'));
    const secondary = listsOf(bundle).filter((l) => l.code?.coding?.[0]?.system === SECONDARY_LIST_SYSTEM);
    expect(codesOf(secondary)).toContain('consultations-medications-contained-in-consultations');
    const medications = secondary.find(
      (l) => l.code?.coding?.[0]?.code === 'consultations-medications-contained-in-consultations',
    );
    expect(warningCodes(medications)).toContain('confidential-items');
  });

  test('keeps the N most recent with includeNumberOfMostRecent', async () => {
    const bundle = await record(
      patient2,
      param('includeConsultations', { name: 'includeNumberOfMostRecent', valuePositiveInt: 2 }),
    );
    expect(
      ofType<Encounter>(bundle, 'Encounter')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['p2-consultation-anxiety', 'p2-consultation-review']);
  });

  test('keeps consultations inside consultationSearchPeriod', async () => {
    const bundle = await record(
      patient2,
      param('includeConsultations', period('consultationSearchPeriod', isoDay(-200), isoDay(-100))),
    );
    expect(
      ofType<Encounter>(bundle, 'Encounter')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['p2-consultation-flu-clinic', 'p2-consultation-knee']);
  });
});

describe('problems', () => {
  test('returns the problems with secondary Lists for every linked area and the linked problems', async () => {
    const bundle = await record(patient2, param('includeProblems'));
    const codes = codesOf(listsOf(bundle));
    for (const code of [
      'problems-medications-related-to-problems',
      'problems-consultations-related-to-problems',
      'problems-uncategorised-data-related-to-problems',
      'problems-investigations-related-to-problems',
      'problems-outbound-referrals-related-to-problems',
      'problems-diary-entries-related-to-problems',
      'problems-documents-related-to-problems',
      'problems-allergies-related-to-problems',
      'problems-immunisations-related-to-problems',
      'problems-allergies-that-have-been-ended-related-to-problems',
    ])
      expect(codes, code).toContain(code);
    expect(
      ofType<Condition>(bundle, 'Condition').every((c) => c.category?.[0]?.coding?.[0]?.code === 'problem-list-item'),
    ).toBe(true);
    expectLinksResolve(bundle);
  });

  test('returns only active problems with filterStatus active, and the related inactive ones as linked problems', async () => {
    const bundle = await record(patient2, param('includeProblems', { name: 'filterStatus', valueCode: 'active' }));
    const primary = listTitled(bundle, 'Problems');
    const conditions = new Map(ofType<Condition>(bundle, 'Condition').map((c) => [`Condition/${c.id}`, c]));
    expect(primary?.entry?.every((e) => conditions.get(e.item.reference ?? '')?.clinicalStatus === 'active')).toBe(
      true,
    );
  });

  test('returns only inactive problems with filterStatus inactive', async () => {
    const bundle = await record(patient2, param('includeProblems', { name: 'filterStatus', valueCode: 'inactive' }));
    expect(listTitled(bundle, 'Problems')?.entry?.map((e) => e.item.reference)).toEqual([
      'Condition/p2-problem-pneumonia',
      'Condition/p2-problem-hay-fever',
    ]);
  });

  test('links investigations, referrals and diary entries to problems through relatedClinicalContent', async () => {
    const bundle = await record(patient2, param('includeProblems'));
    const diabetes = ofType<Condition>(bundle, 'Condition').find((c) => c.id === 'p2-problem-diabetes');
    const links = diabetes?.extension?.map((e) => e.valueReference?.reference).filter(Boolean) ?? [];
    expect(links.some((l) => l?.startsWith('DiagnosticReport/'))).toBe(true);
    expect(links.some((l) => l?.startsWith('ReferralRequest/'))).toBe(true);
    expect(links.some((l) => l?.startsWith('ProcedureRequest/'))).toBe(true);
  });
});

describe('immunisations, uncategorised data, investigations, referrals and diary entries', () => {
  test('returns given immunisations and consent records by default', async () => {
    const bundle = await record(patient2, param('includeImmunisations'));
    expect(ofType<Immunization>(bundle, 'Immunization').every((i) => !i.notGiven)).toBe(true);
    expect(ofType<Observation>(bundle, 'Observation')).toHaveLength(1);
  });

  test('adds not-given immunisations with includeNotGiven and drops consent records with includeStatus false', async () => {
    const bundle = await record(
      patient2,
      param(
        'includeImmunisations',
        { name: 'includeNotGiven', valueBoolean: true },
        { name: 'includeStatus', valueBoolean: false },
      ),
    );
    expect(ofType<Immunization>(bundle, 'Immunization').some((i) => i.notGiven)).toBe(true);
    expect(ofType<Observation>(bundle, 'Observation')).toHaveLength(0);
  });

  test('returns blood pressure with systolic and diastolic components among the uncategorised data', async () => {
    const bundle = await record(patient2, param('includeUncategorisedData'));
    const pressures = ofType<Observation>(bundle, 'Observation').filter((o) => o.code.coding?.[0]?.code === '75367002');
    expect(pressures).toHaveLength(3);
    expect(pressures[0]?.component?.map((c) => c.code.coding?.[0]?.code)).toEqual(['271649006', '271650006']);
  });

  test('filters uncategorised data by period, keeping undated items and partial dates that overlap', async () => {
    const sixYearsAgo = `${new Date().getUTCFullYear() - 6}-06-01`;
    const bundle = await record(
      patient2,
      param('includeUncategorisedData', period('uncategorisedDataSearchPeriod', sixYearsAgo, isoDay(-2000 + 1))),
    );
    const ids = ofType<Observation>(bundle, 'Observation').map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['p2-obs-height', 'p2-obs-smoking']));
    expect(ids).not.toContain('p2-obs-bp-recent');
  });

  test('returns a DiagnosticReport with its request, specimen, test group, results and filing comments', async () => {
    const bundle = await record(patient2, param('includeInvestigations'));
    const report = ofType<DiagnosticReport>(bundle, 'DiagnosticReport').find((r) => r.id === 'p2-inv-renal-recent')!;
    expect([report.basedOn ?? []].flat()[0]?.reference).toMatch(/^ProcedureRequest\//);
    expect(report.specimen?.[0]?.reference).toMatch(/^Specimen\//);
    const observations = new Map(ofType<Observation>(bundle, 'Observation').map((o) => [`Observation/${o.id}`, o]));
    const [group, ...comments] = (report.result ?? []).map((r) => observations.get(r.reference ?? ''));
    expect(group?.related?.map((r) => r.type)).toEqual(['has-member', 'has-member']);
    expect(comments.map((c) => c?.code.coding?.[0]?.code)).toEqual(['37331000000100']);
    expectLinksResolve(bundle);
  });

  test('filters investigations by issued date', async () => {
    const bundle = await record(
      patient2,
      param('includeInvestigations', period('investigationSearchPeriod', isoDay(-100))),
    );
    expect(
      ofType<DiagnosticReport>(bundle, 'DiagnosticReport')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['p2-inv-hba1c', 'p2-inv-renal-recent']);
  });

  test('filters referrals by authoredOn', async () => {
    const bundle = await record(patient2, param('includeReferrals', period('referralSearchPeriod', isoDay(-365))));
    expect(ofType<ReferralRequest>(bundle, 'ReferralRequest').map((r) => r.id)).toEqual(['p2-referral-physiotherapy']);
  });

  test('returns diary entries up to ten years ahead, and those due by diaryEntriesSearchDate when it is sent', async () => {
    const all = ofType<ProcedureRequest>(await record(patient2, param('includeDiaryEntries')), 'ProcedureRequest');
    expect(all.some((p) => (p.occurrenceDateTime ?? '') >= isoDay(3640))).toBe(true);
    const soon = await record(
      patient2,
      param('includeDiaryEntries', { name: 'diaryEntriesSearchDate', valueDate: isoDay(100) }),
    );
    expect(
      ofType<ProcedureRequest>(soon, 'ProcedureRequest')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p2-diary-foot-check', 'p2-diary-hba1c']);
  });

  test('gives patient3 investigations, referrals and diary entries that no problem links', async () => {
    const bundle = await record(
      nhsNumber('patient3'),
      param('includeInvestigations'),
      param('includeReferrals'),
      param('includeDiaryEntries'),
      param('includeProblems'),
    );
    expect(listTitled(bundle, 'Problems')?.emptyReason).toBeDefined();
    expect(ofType(bundle, 'DiagnosticReport')).toHaveLength(1);
    expect(ofType(bundle, 'Condition')).toHaveLength(0);
  });
});

describe('patients and warnings', () => {
  test.each(['patient9', 'patient10', 'patient18', 'patient21', 'patient11', 'patientNotInSystem'] as TestPatientKey[])(
    'answers %s with 404 PATIENT_NOT_FOUND',
    async (patient) => {
      await expectError(await send(parameters(nhsNumber(patient), param('includeProblems'))), 404, 'PATIENT_NOT_FOUND');
    },
  );

  test('answers patient15, who dissented, with 403 NO_PATIENT_CONSENT', async () => {
    await expectError(
      await send(parameters(nhsNumber('patient15'), param('includeProblems'))),
      403,
      'NO_PATIENT_CONSENT',
    );
  });

  test('puts the data-in-transit warning, with the registration date, on every List of patient13', async () => {
    const bundle = await record(nhsNumber('patient13'), ...everyArea());
    const lists = listsOf(bundle);
    expect(lists.length).toBeGreaterThan(9);
    expect(lists.every((l) => warningCodes(l).includes('data-in-transit'))).toBe(true);
    expect(lists[0]?.note?.map((n) => n.text).join(' ')).toMatch(
      /information recorded before \d\d-[A-Z][a-z]{2}-\d{4} may be missing/,
    );
  });

  test('answers 403 ACCESS DENIED where Access Record Structured is switched off, after checking parameters', async () => {
    await expectError(
      await send(parameters(patient2, param('includeProblems')), { ods: 'X12345' }),
      403,
      'ACCESS DENIED',
    );
    await expectError(await send(parameters(param('includeProblems')), { ods: 'X12345' }), 422, 'INVALID_PARAMETER');
  });

  test('answers 200 with a warning for a clinical area switched off at the practice, and placeholders where it is linked', async () => {
    const bundle = await readBundle(
      await send(parameters(patient2, param('includeReferrals'), param('includeProblems')), {
        enablement: { B82617: { disabledAreas: ['referrals'] } },
      }),
    );
    expect(bundleWarnings(bundle)).toEqual(['includeReferrals: includeReferrals has been disabled']);
    expect(listTitled(bundle, 'Outbound referral')).toBeUndefined();
    expect(ofType(bundle, 'ReferralRequest')).toHaveLength(0);
    const placeholders = listsOf(bundle).find(
      (l) => l.code?.coding?.[0]?.code === 'problems-outbound-referrals-related-to-problems',
    );
    expect(placeholders?.entry?.map((e) => e.item)).toEqual([
      { display: 'Referral items have been disabled' },
      { display: 'Referral items have been disabled' },
    ]);
    expectLinksResolve(bundle);
  });

  test('warns with DocumentReferences when documents are switched off and a problem links one', async () => {
    const bundle = await readBundle(
      await send(parameters(patient2, param('includeProblems')), {
        enablement: { B82617: { disabledAreas: ['documents'] } },
      }),
    );
    expect(bundleWarnings(bundle)).toEqual(['DocumentReferences: DocumentReferences has been disabled']);
    expect(ofType(bundle, 'DocumentReference')).toHaveLength(0);
  });

  test.each(
    Object.keys(testPatients).filter(
      (key) =>
        ![
          'patient9',
          'patient10',
          'patient11',
          'patient15',
          'patient18',
          'patient21',
          'patientNotInSystem',
          'workedExample',
        ].includes(key),
    ) as TestPatientKey[],
  )('returns a consistent Bundle of every area for %s', async (patient) => {
    expectLinksResolve(await record(nhsNumber(patient), ...everyArea()));
  });
});
