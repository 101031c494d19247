// Builds a DocumentReference with the Binary it points at (file bytes made only when someone retrieves them).
import type { CodeableConcept, DocumentReference } from 'fhir/r3';
import { padFile, toBase64, writePdf } from '../files.ts';
import type { RecordBuilder } from '../record.ts';

export interface DocumentSpec {
  name: string;
  /** SNOMED CT from the record composition type reference set, or text only when uncoded. */
  type: CodeableConcept;
  description: string;
  created: number;
  /** `Organization/...` that wrote it. */
  author: string;
  lines: string[];
  /** Pad the file to this many bytes (a large scanned document). */
  size?: number;
  /** Text for `attachment.title` when the file cannot be retrieved normally. */
  unavailableReason?: string;
  encounter?: string;
  confidential?: boolean;
}

/** Adds the document to the documents area; returns the DocumentReference's `Type/id` key. */
export const addDocument = (b: RecordBuilder, spec: DocumentSpec): string => {
  const id = b.id(`doc-${spec.name}`);
  const binaryId = b.id(`binary-${spec.name}`);
  const pdf = writePdf(spec.lines);
  const size = Math.max(spec.size ?? pdf.length, pdf.length);
  const bytes = () => (size > pdf.length ? padFile(pdf, size) : pdf);
  const document: DocumentReference = {
    resourceType: 'DocumentReference',
    id,
    meta: b.meta('documentReference', spec.confidential),
    masterIdentifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${b.identifier(`${id}-master`)[0]!.value}` },
    identifier: b.identifier(id),
    status: 'current',
    type: spec.type,
    subject: { reference: b.subject.patient },
    created: b.dateTime(spec.created),
    indexed: b.dateTime(spec.created + 1, '08:15'),
    author: [{ reference: spec.author }],
    custodian: { reference: b.subject.practice },
    description: spec.description,
    ...(spec.confidential ? { securityLabel: [{ coding: [b.meta('documentReference', true).security![0]!] }] } : {}),
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          url: `${b.subject.documentsBase}/Binary/${binaryId}`,
          size,
          ...(spec.unavailableReason ? { title: spec.unavailableReason } : {}),
        },
      },
    ],
    ...(spec.encounter ? { context: { encounter: { reference: spec.encounter } } } : {}),
  };
  const key = b.add(document, 'documents', { confidential: spec.confidential }).reference;
  b.addBinary({
    id: binaryId,
    contentType: 'application/pdf',
    size,
    base64: () => toBase64(bytes()),
    documentReference: key,
  });
  return key;
};
