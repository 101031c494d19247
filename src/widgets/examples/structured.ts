// Named examples for Access Record Structured (S1-S3): one per clinical area for the rich patient2, the special
// patients of the test pack, and the parameter mistakes a provider refuses.
import { identifierSystems } from '../../spec/identifier-systems.ts';
import { addDays } from '../../spec/uk-time.ts';
import type { Example, ExampleContext } from './types.ts';

type Parameter = { name: string; part?: Parameter[] } & Record<string, unknown>;

const nhsNumber = ({ patient }: ExampleContext): Parameter => ({
  name: 'patientNHSNumber',
  valueIdentifier: { system: identifierSystems.nhsNumber.system, value: patient?.nhsNumber ?? '' },
});
const area = (name: string, ...part: Parameter[]): Parameter => (part.length > 0 ? { name, part } : { name });
const parameters = (...parameter: Parameter[]) => ({ body: { resourceType: 'Parameters', parameter } });

const allergies = (resolved = true) =>
  area('includeAllergies', { name: 'includeResolvedAllergies', valueBoolean: resolved });
const ask =
  (...areas: Parameter[]) =>
  (context: ExampleContext) =>
    parameters(nhsNumber(context), ...areas);

const ok = { status: 200 } as const;

// The token's default organisation (the spec's example consumer) plays the patient's new practice: a migrate
// requested by the practice that holds the record is refused with NO_RELATIONSHIP.
const migrate = (sensitive: boolean) =>
  ask(area('includeFullRecord', { name: 'includeSensitiveInformation', valueBoolean: sensitive }));

export const structuredExamples = {
  S1: {
    'patient2-all': {
      title: 'Every clinical area for patient2',
      expect: ok,
      patient: 'patient2',
      build: ask(
        allergies(),
        area('includeMedication'),
        area('includeConsultations'),
        area('includeProblems'),
        area('includeImmunisations'),
        area('includeUncategorisedData'),
        area('includeInvestigations'),
        area('includeReferrals'),
        area('includeDiaryEntries'),
      ),
    },
    'patient2-allergies': {
      title: 'Allergies, ended ones included',
      expect: ok,
      patient: 'patient2',
      build: ask(allergies()),
    },
    'patient2-medications': {
      title: 'Medications from the last year',
      expect: ok,
      patient: 'patient2',
      build: (c) =>
        parameters(
          nhsNumber(c),
          area(
            'includeMedication',
            { name: 'includePrescriptionIssues', valueBoolean: true },
            { name: 'medicationSearchFromDate', valueDate: addDays(c.today, -365) },
          ),
        ),
    },
    'patient2-problems': {
      title: 'Active problems',
      expect: ok,
      patient: 'patient2',
      build: ask(area('includeProblems', { name: 'filterStatus', valueCode: 'active' })),
    },
    'patient2-immunisations': {
      title: 'Immunisations, not-given ones included',
      expect: ok,
      patient: 'patient2',
      build: ask(area('includeImmunisations', { name: 'includeNotGiven', valueBoolean: true })),
    },
    'patient2-consultations': {
      title: 'The three most recent consultations',
      expect: ok,
      patient: 'patient2',
      build: ask(area('includeConsultations', { name: 'includeNumberOfMostRecent', valuePositiveInt: 3 })),
    },
    'patient2-uncategorised': {
      title: 'Uncategorised data from the last five years',
      expect: ok,
      patient: 'patient2',
      build: (c) =>
        parameters(
          nhsNumber(c),
          area('includeUncategorisedData', {
            name: 'uncategorisedDataSearchPeriod',
            valuePeriod: { start: addDays(c.today, -5 * 365), end: c.today },
          }),
        ),
    },
    'patient2-investigations': {
      title: 'Investigations and results',
      expect: ok,
      patient: 'patient2',
      build: ask(area('includeInvestigations')),
    },
    'patient2-referrals': {
      title: 'Outbound referrals',
      expect: ok,
      patient: 'patient2',
      build: ask(area('includeReferrals')),
    },
    'patient2-diary-entries': {
      title: 'Diary entries due within a year',
      expect: ok,
      patient: 'patient2',
      build: (c) =>
        parameters(
          nhsNumber(c),
          area('includeDiaryEntries', { name: 'diaryEntriesSearchDate', valueDate: addDays(c.today, 365) }),
        ),
    },
    'patient5-no-known-allergies': {
      title: 'A patient coded "no known allergies"',
      expect: ok,
      patient: 'patient5',
      build: ask(allergies()),
    },
    'patient17-resolved-allergies': {
      title: 'A patient with ended allergies',
      expect: ok,
      patient: 'patient17',
      build: ask(allergies()),
    },
    'patient13-in-transit': {
      title: 'A record still in transit',
      expect: ok,
      patient: 'patient13',
      build: ask(allergies(), area('includeMedication')),
    },
    'patient16-confidential': {
      title: 'A confidential allergy held back',
      expect: ok,
      patient: 'patient16',
      build: ask(allergies()),
    },
    'patient15-dissent': {
      title: 'A patient who dissented from sharing',
      expect: { status: 403, code: 'NO_PATIENT_CONSENT' },
      patient: 'patient15',
      build: ask(allergies()),
    },
    'patient9-sensitive': {
      title: 'A sensitive patient',
      expect: { status: 404, code: 'PATIENT_NOT_FOUND' },
      patient: 'patient9',
      build: ask(allergies()),
    },
    'forbidden-combination': {
      title: 'A medication date filter together with problems',
      expect: { status: 422, code: 'INVALID_PARAMETER' },
      patient: 'patient2',
      build: (c) =>
        parameters(
          nhsNumber(c),
          area('includeProblems'),
          area('includeMedication', { name: 'medicationSearchFromDate', valueDate: addDays(c.today, -365) }),
        ),
    },
    'unknown-parameter': {
      title: 'A parameter this provider does not know: 200 with a warning',
      expect: ok,
      patient: 'patient2',
      build: ask(allergies(), area('includeGenomics')),
    },
    'bad-date-filter': {
      title: 'A medication search date in the future',
      expect: { status: 422, code: 'INVALID_PARAMETER' },
      patient: 'patient2',
      build: (c) =>
        parameters(
          nhsNumber(c),
          area('includeMedication', { name: 'medicationSearchFromDate', valueDate: addDays(c.today, 30) }),
        ),
    },
  },
  S2: {
    'migrate-patient2': {
      title: "Migrate patient2's full record without sensitive items",
      expect: ok,
      patient: 'patient2',
      build: migrate(false),
    },
    'migrate-sensitive-conf-n': {
      title: 'Sensitive items asked for with a conf/N scope',
      expect: { status: 400, code: 'CONFLICTING_VALUES' },
      patient: 'patient2',
      build: migrate(true),
    },
  },
  S3: {
    metadata: { title: 'Read the Access Record Structured capability statement', expect: ok, build: () => ({}) },
  },
} satisfies Record<string, Record<string, Example>>;
