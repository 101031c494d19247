// Builds a consultation: the Encounter and its 2–3 level structure Lists (consultation → topic → heading → items).
import type { CodeableConcept, Encounter, List } from 'fhir/r3';
import { consultationStructureLists, SNOMED_SYSTEM } from '../../../../spec/profiles.ts';
import type { RecordBuilder } from '../record.ts';

export interface TopicSpec {
  title: string;
  /** Headings with their items; a topic without headings lists its items directly (the 2-level form). */
  headings?: { title: string; items: string[] }[];
  items?: string[];
}

export interface ConsultationSpec {
  name: string;
  type: CodeableConcept;
  days: number;
  minutes: number;
  practitioner?: string;
  topics: TopicSpec[];
}

/** Adds the consultation to the consultations area; returns the Encounter's `Type/id` key. */
export const addConsultation = (b: RecordBuilder, spec: ConsultationSpec): string => {
  const id = b.id(`consultation-${spec.name}`);
  const start = b.dateTime(spec.days, '09:10');
  const end = new Date(Date.parse(start) + spec.minutes * 60_000).toISOString().replace('.000Z', '+00:00');
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id,
    meta: b.meta('encounter'),
    identifier: b.identifier(id),
    status: 'finished',
    type: [spec.type],
    subject: { reference: b.subject.patient },
    participant: [{ individual: { reference: spec.practitioner ?? b.subject.gp } }],
    period: { start, end },
    serviceProvider: { reference: b.subject.practice },
  };
  const encounterKey = b.add(encounter, 'consultations').reference;
  const list = (
    listId: string,
    level: keyof typeof consultationStructureLists,
    title: string,
    entries: string[],
  ): List => ({
    resourceType: 'List',
    id: listId,
    meta: b.meta('list'),
    status: 'current',
    mode: 'snapshot',
    title,
    code: { coding: [{ system: SNOMED_SYSTEM, ...consultationStructureLists[level] }] },
    subject: { reference: b.subject.patient },
    encounter: { reference: encounterKey },
    date: start,
    entry: entries.map((reference) => ({ item: { reference } })),
  });
  const topics: List[] = [];
  const headings: List[] = [];
  spec.topics.forEach((topic, t) => {
    const topicId = `${id}-topic-${t + 1}`;
    const headingIds = (topic.headings ?? []).map((heading, h) => {
      const headingId = `${topicId}-heading-${h + 1}`;
      headings.push(list(headingId, 'heading', heading.title, heading.items));
      return `List/${headingId}`;
    });
    topics.push(list(topicId, 'topic', topic.title, [...headingIds, ...(topic.items ?? [])]));
  });
  const title = spec.type.text ?? spec.type.coding?.[0]?.display ?? 'Consultation';
  const lists = [
    list(
      `${id}-list`,
      'consultation',
      title,
      topics.map((topic) => `List/${topic.id}`),
    ),
    ...topics,
    ...headings,
  ];
  b.addConsultationLists(encounterKey, lists);
  return encounterKey;
};
