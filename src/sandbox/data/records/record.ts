// The shape of a synthetic clinical record, and the builder its area files fill it with.
import type { CodeableConcept, Identifier, List, Meta, Resource } from 'fhir/r3';
import { NOPAT, SNOMED_SYSTEM, profileUrl, type ClinicalArea, type ProfileKey } from '../../../spec/profiles.ts';
import { toDate, toDateTime } from './relative-dates.ts';

/** Who a record is about and who looks after them; the structured handler supplies it from the patient's demographics. */
export interface RecordSubject {
  /** `Patient/{id}` */
  patient: string;
  /** `Organization/{id}` of the registered practice. */
  practice: string;
  /** `Practitioner/{id}` of the usual GP. */
  gp: string;
  /** Full Access Document service root URL of the practice: DocumentReferences point at `{documentsBase}/Binary/{id}`. */
  documentsBase: string;
}

/** A document's file: its bytes are made on demand so that a 6 MB document costs nothing until retrieved. */
export interface BinarySource {
  id: string;
  contentType: string;
  size: number;
  /** Base64 of the file's bytes. */
  base64: () => string;
  /** `DocumentReference/{id}` that describes it. */
  documentReference: string;
}

export interface ClinicalRecord {
  /** Every resource of the record (items, their parts and the actors they cite), keyed `Type/id`. */
  resources: Map<string, Resource>;
  /** The primary items of each clinical area, as `Type/id` keys, oldest first. */
  items: Record<ClinicalArea, string[]>;
  /** The consultation structure Lists (consultation, topics, headings) per `Encounter/id`. */
  consultationLists: Map<string, List[]>;
  /** Items the practice marked confidential: left out unless a migration asks for sensitive information. */
  confidential: Set<string>;
  /** Document files by Binary id. */
  binaries: Map<string, BinarySource>;
  /** Registration date of a patient whose record is still being transferred (the `data-in-transit` warning). */
  inTransitSince?: string;
}

const emptyItems = (): Record<ClinicalArea, string[]> => ({
  allergies: [],
  medications: [],
  consultations: [],
  problems: [],
  immunisations: [],
  uncategorised: [],
  investigations: [],
  referrals: [],
  diaryEntries: [],
  documents: [],
});

/** Business identifiers: each item gets a stable lowercase GUID in the sandbox's namespace. */
export const RECORD_IDENTIFIER_SYSTEM = 'https://gpconnect-sandbox.example.nhs.uk/Id/record-item';

/** A stable lowercase GUID-shaped value derived from a resource id (FNV-1a, four rounds). */
export const toGuid = (seed: string): string => {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** A SNOMED CT concept as a CodeableConcept. */
export const snomed = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: SNOMED_SYSTEM, code, display }],
  text: display,
});

/** Collects a record's resources; area files call `add` and the patient's file calls `build`. */
export class RecordBuilder {
  readonly now: Date;
  readonly subject: RecordSubject;
  readonly prefix: string;
  private readonly record: ClinicalRecord;

  constructor(now: Date, subject: RecordSubject, prefix: string) {
    this.now = now;
    this.subject = subject;
    this.prefix = prefix;
    this.record = {
      resources: new Map(),
      items: emptyItems(),
      consultationLists: new Map(),
      confidential: new Set(),
      binaries: new Map(),
    };
  }

  /** `YYYY-MM-DD`, `days` from now (negative: in the past). */
  date(days: number): string {
    return toDate(this.now, days);
  }

  /** A full dateTime `days` from now at the given UK-style clock time. */
  dateTime(days: number, time = '10:30'): string {
    return toDateTime(this.now, days, time);
  }

  /** This patient's id for a resource: the prefix keeps ids unique across patients. */
  id(name: string): string {
    return `${this.prefix}-${name}`;
  }

  /** Meta with the profile, plus the NOPAT label for confidential items (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html#general-fhir-resource-population-requirements). */
  meta(profile: ProfileKey, confidential = false): Meta {
    return { profile: [profileUrl(profile)], ...(confidential ? { security: [{ ...NOPAT }] } : {}) };
  }

  identifier(id: string): Identifier[] {
    return [{ system: RECORD_IDENTIFIER_SYSTEM, value: toGuid(id) }];
  }

  /** Adds a resource; with an area it is one of that area's primary items. Returns a Reference to it. */
  add(resource: Resource, area?: ClinicalArea, options: { confidential?: boolean } = {}): { reference: string } {
    const key = `${resource.resourceType}/${resource.id}`;
    this.record.resources.set(key, resource);
    if (area) this.record.items[area].push(key);
    if (options.confidential) this.record.confidential.add(key);
    return { reference: key };
  }

  addConsultationLists(encounter: string, lists: List[]): void {
    this.record.consultationLists.set(encounter, lists);
  }

  addBinary(binary: BinarySource): void {
    this.record.binaries.set(binary.id, binary);
  }

  markInTransit(since: string): void {
    this.record.inTransitSince = since;
  }

  build(): ClinicalRecord {
    return this.record;
  }
}
