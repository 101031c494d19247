// Named examples for Access Document (D1-D5). Retrieve and migrate fetch a Binary that a document search listed;
// when the reader has not searched yet, the widget searches that patient's documents first.
import { identifierSystems } from '../../spec/identifier-systems.ts';
import { token } from './foundations.ts';
import type { Example, ExampleContext } from './types.ts';

/** Access Document's limit on a single retrieve. */
const MAX_RETRIEVE_BYTES = 5 * 1024 * 1024;

/** The five _include and _revinclude parameters a document search must carry. */
const documentSearch = ({ patient }: ExampleContext) => ({
  path: `/Patient/${patient?.logicalId ?? ''}/DocumentReference`,
  query: [
    ['_include', 'DocumentReference:subject:Patient'],
    ['_include', 'DocumentReference:custodian:Organization'],
    ['_include', 'DocumentReference:author:Organization'],
    ['_include', 'DocumentReference:author:Practitioner'],
    ['_revinclude:recurse', 'PractitionerRole:practitioner'],
  ] as Array<[string, string]>,
});

const binary =
  (large: boolean) =>
  ({ session, patient }: ExampleContext) => {
    const found = session.documents?.[patient?.key ?? ''] ?? [];
    const document = found.find((item) => item.size > MAX_RETRIEVE_BYTES === large) ?? found[0];
    return { path: `/Binary/${document?.binaryId ?? ''}` };
  };

const ok = { status: 200 } as const;

export const documentExamples = {
  D1: {
    metadata: { title: 'Read the Access Document capability statement', expect: ok, build: () => ({}) },
  },
  D2: {
    'find-patient2': {
      title: 'Find patient2 by NHS number',
      expect: ok,
      patient: 'patient2',
      build: ({ patient }) => ({
        query: [['identifier', token(identifierSystems.nhsNumber.system, patient?.nhsNumber ?? '')]],
      }),
    },
  },
  D3: {
    'patient2-documents': { title: "patient2's documents", expect: ok, patient: 'patient2', build: documentSearch },
    'patient15-dissent': {
      title: 'A patient who dissented from sharing',
      expect: { status: 403, code: 'NO_PATIENT_CONSENT' },
      patient: 'patient15',
      build: documentSearch,
    },
  },
  D4: {
    'retrieve-document': {
      title: "Retrieve patient2's first document",
      expect: ok,
      patient: 'patient2',
      needs: 'document',
      build: binary(false),
    },
    'retrieve-too-large': {
      title: 'A document over the 5 MB limit',
      expect: { status: 404, code: 'NO_RECORD_FOUND' },
      patient: 'patient4',
      needs: 'document',
      build: binary(true),
    },
  },
  D5: {
    'migrate-document': {
      title: "Migrate patient2's first document",
      expect: ok,
      patient: 'patient2',
      needs: 'document',
      build: binary(false),
    },
  },
} satisfies Record<string, Record<string, Example>>;
