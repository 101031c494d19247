// Builds ProblemHeader Conditions with their links to clinical items and to other problems.
import type { CodeableConcept, Condition, Extension } from 'fhir/r3';
import { extensions } from '../../../../spec/profiles.ts';
import type { RecordBuilder } from '../record.ts';

export interface ProblemSpec {
  name: string;
  code: CodeableConcept;
  onset: number;
  /** Days from now it ended: the problem is then inactive. */
  ended?: number;
  significance: 'major' | 'minor';
  /** `Type/id` key of the clinical item escalated to create the problem (actualProblem). */
  actual?: string;
  /** `Type/id` keys of the clinical items the problem groups (relatedClinicalContent). */
  links?: string[];
  /** Other problems: `parent`, `child` or `sibling`, with the target's `Type/id`. */
  related?: { type: 'parent' | 'child' | 'sibling'; target: string }[];
  confidential?: boolean;
}

/** The `Type/id` key a problem of that name gets, so other files can link to it before it exists. */
export const problemKey = (b: RecordBuilder, name: string): string => `Condition/${b.id(`problem-${name}`)}`;

/** Adds a problem to the problems area; returns its `Type/id` key. */
export const addProblem = (b: RecordBuilder, spec: ProblemSpec): string => {
  const id = b.id(`problem-${spec.name}`);
  const extension: Extension[] = [
    { url: extensions.problemSignificance, valueCode: spec.significance },
    ...(spec.actual ? [{ url: extensions.actualProblem, valueReference: { reference: spec.actual } }] : []),
    ...(spec.related ?? []).map((link) => ({
      url: extensions.relatedProblemHeader,
      extension: [
        { url: 'type', valueCode: link.type },
        { url: 'target', valueReference: { reference: link.target } },
      ],
    })),
    ...(spec.links ?? []).map((key) => ({
      url: extensions.relatedClinicalContent,
      valueReference: { reference: key },
    })),
  ];
  const problem: Condition = {
    resourceType: 'Condition',
    id,
    meta: b.meta('problemHeader', spec.confidential),
    extension,
    identifier: b.identifier(id),
    clinicalStatus: spec.ended === undefined ? 'active' : 'inactive',
    category: [
      {
        coding: [
          { system: 'http://hl7.org/fhir/condition-category', code: 'problem-list-item', display: 'Problem List Item' },
        ],
      },
    ],
    code: spec.code,
    subject: { reference: b.subject.patient },
    onsetDateTime: b.date(spec.onset),
    ...(spec.ended !== undefined ? { abatementDateTime: b.date(spec.ended) } : {}),
    assertedDate: b.dateTime(spec.onset),
    asserter: { reference: b.subject.gp },
  };
  return b.add(problem, 'problems', { confidential: spec.confidential }).reference;
};

// https://developer.nhs.uk/apis/gpconnect-1-6-2/accessrecord_structured_development_lists_for_message_structure.html:
// a problem's secondary lists hold the items it links through relatedClinicalContent and actualProblem.
const CONTENT_LINKS: ReadonlySet<string> = new Set([extensions.relatedClinicalContent, extensions.actualProblem]);

/** `Type/id` keys a problem links to through actualProblem and relatedClinicalContent. */
export const linkedContent = (problem: Condition): string[] =>
  (problem.extension ?? [])
    .filter((e) => CONTENT_LINKS.has(e.url))
    .map((e) => e.valueReference?.reference)
    .filter((r): r is string => Boolean(r));

/** `Type/id` keys of the problems a problem is related to (relatedProblemHeader). */
export const relatedProblems = (problem: Condition): string[] =>
  (problem.extension ?? [])
    .filter((e) => e.url === extensions.relatedProblemHeader)
    .map((e) => e.extension?.find((part) => part.url === 'target')?.valueReference?.reference)
    .filter((r): r is string => Boolean(r));
