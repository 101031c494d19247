// Chooses each requested clinical area's items and builds its primary List (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html, https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_bundle.html, https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_list.html).
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
  ProcedureRequest,
  ReferralRequest,
} from 'fhir/r3';
import type { ListWarningCode, PrimaryListKey } from '../../../spec/index.ts';
import { linkedContent, relatedProblems } from '../../data/records/items/problem.ts';
import { isActiveFrom, isDueBy, isInPeriod } from './dates.ts';
import { EMPTY_REASON, buildPrimaryList, toEntries } from './lists.ts';
import type { QueryArea, StructuredQuery } from './query.ts';
import { firstReference, type Selection } from './selection.ts';

/** Keeps the visible keys; notes a confidential-items warning when one was left out (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_list.html). */
function visibleOnly(sel: Selection, keys: string[], warnings: Set<ListWarningCode>): string[] {
  const visible = keys.filter((key) => sel.isVisible(key));
  if (visible.length < keys.length) warnings.add('confidential-items');
  return visible;
}

function addPrimary(
  sel: Selection,
  list: PrimaryListKey,
  keys: string[],
  warnings: Set<ListWarningCode>,
  contained?: List['contained'],
): void {
  for (const key of keys) sel.included.add(key);
  sel.primaryLists.push(
    buildPrimaryList(sel.setting, list, { entries: toEntries(keys), warnings, ...(contained ? { contained } : {}) }),
  );
}

/** A simple dated area: filter, hide confidential items, one primary List. */
function selectDated<T>(sel: Selection, area: QueryArea & PrimaryListKey, keep: (item: T) => boolean): void {
  const warnings = new Set<ListWarningCode>();
  const keys = sel.record.items[area].filter((key) => keep(sel.resource(key) as T));
  addPrimary(sel, area, visibleOnly(sel, keys, warnings), warnings);
}

const selectors: { [A in QueryArea]: (sel: Selection, options: NonNullable<StructuredQuery[A]>) => void } = {
  allergies(sel, { includeResolved }) {
    const warnings = new Set<ListWarningCode>();
    const all = sel.record.items.allergies;
    const isEnded = (key: string) => sel.resource<AllergyIntolerance>(key).clinicalStatus === 'resolved';
    addPrimary(
      sel,
      'allergies',
      visibleOnly(
        sel,
        all.filter((key) => !isEnded(key)),
        warnings,
      ),
      warnings,
    );
    if (!includeResolved) return;
    const endedWarnings = new Set<ListWarningCode>();
    const ended = visibleOnly(sel, all.filter(isEnded), endedWarnings);
    // spec: ended allergies travel contained in their List, never as Bundle entries (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_bundle.html)
    // The record's own resources, uncopied: nothing writes into them (the day's record is shared and never changes).
    const contained = ended.map((key) => sel.resource<AllergyIntolerance>(key));
    sel.primaryLists.push(
      buildPrimaryList(sel.setting, 'endedAllergies', {
        entries: contained.map((a) => ({ item: { reference: `#${a.id}` } })),
        warnings: endedWarnings,
        contained,
      }),
    );
  },

  medications(sel, { includeIssues, fromDate }) {
    const warnings = new Set<ListWarningCode>();
    const keys = sel.record.items.medications.filter((key) => {
      const statement = sel.resource<MedicationStatement>(key);
      const plan = sel.record.resources.get(firstReference(statement.basedOn) ?? '') as MedicationRequest | undefined;
      return isActiveFrom(statement, plan, fromDate);
    });
    const visible = visibleOnly(sel, keys, warnings);
    addPrimary(sel, 'medications', visible, warnings);
    if (!includeIssues) return;
    const plans = new Set(visible.map((key) => firstReference(sel.resource<MedicationStatement>(key).basedOn)));
    for (const [key, resource] of sel.record.resources) {
      const request = resource as MedicationRequest;
      if (
        request.resourceType === 'MedicationRequest' &&
        request.intent === 'order' &&
        plans.has(firstReference(request.basedOn))
      ) {
        sel.included.add(key);
      }
    }
  },

  consultations(sel, { period, mostRecent }) {
    const warnings = new Set<ListWarningCode>();
    const start = (key: string) => sel.resource<Encounter>(key).period?.start ?? '';
    let keys = sel.record.items.consultations
      .filter((key) => isInPeriod(start(key) || undefined, period))
      .sort((a, b) => start(b).localeCompare(start(a)));
    if (mostRecent) keys = keys.slice(0, mostRecent);
    const visible = visibleOnly(sel, keys, warnings);
    addPrimary(sel, 'consultations', visible, warnings);
    for (const encounter of visible)
      sel.structureLists.push(...linkStructure(sel, sel.record.consultationLists.get(encounter) ?? []));
  },

  problems(sel, { status }) {
    const warnings = new Set<ListWarningCode>();
    const keys = sel.record.items.problems.filter((key) => {
      const problem = sel.resource<Condition>(key);
      return !status || problem.clinicalStatus === status;
    });
    const visible = visibleOnly(sel, keys, warnings);
    for (const key of visible) sel.primaryProblems.add(key);
    addPrimary(sel, 'problems', visible, warnings);
    for (const key of visible) {
      const problem = sel.resource<Condition>(key);
      for (const link of linkedContent(problem)) sel.link(link, 'problems');
      for (const related of relatedProblems(problem))
        if (!sel.primaryProblems.has(related)) sel.relatedProblems.add(related);
    }
  },

  immunisations(sel, { includeNotGiven, includeStatus }) {
    selectDated<Immunization | Observation>(sel, 'immunisations', (item) =>
      item.resourceType === 'Immunization' ? includeNotGiven || !item.notGiven : includeStatus,
    );
  },

  uncategorised(sel, { period }) {
    selectDated<Observation>(sel, 'uncategorised', (o) =>
      isInPeriod(o.effectiveDateTime ?? o.effectivePeriod?.start, period),
    );
  },

  investigations(sel, { period }) {
    selectDated<DiagnosticReport>(sel, 'investigations', (report) => isInPeriod(report.issued, period));
  },

  referrals(sel, { period }) {
    selectDated<ReferralRequest>(sel, 'referrals', (referral) => isInPeriod(referral.authoredOn, period));
  },

  diaryEntries(sel, { searchDate }) {
    selectDated<ProcedureRequest>(sel, 'diaryEntries', (entry) => isDueBy(entry.occurrenceDateTime, searchDate));
  },
};

/** The order areas are processed in: the linking areas last, so their secondary Lists see every primary item. */
const AREA_ORDER: QueryArea[] = [
  'allergies',
  'medications',
  'immunisations',
  'uncategorised',
  'investigations',
  'referrals',
  'diaryEntries',
  'problems',
  'consultations',
];

/**
 * Copies a consultation's structure Lists, passing each item through the link rules; a heading or topic left with no
 * entries (its only item was confidential) is dropped with the reference to it.
 */
function linkStructure(sel: Selection, lists: List[]): List[] {
  const kept = new Map<string, List>();
  // Deepest first (headings, topics, then the consultation), so a parent sees which children survived.
  for (const list of [...lists].reverse()) {
    const entries = (list.entry ?? []).flatMap((entry) => {
      const reference = entry.item.reference ?? '';
      if (reference.startsWith('List/')) return kept.has(reference) ? [entry] : [];
      const linked = sel.link(reference, 'consultations');
      return linked ? [linked] : [];
    });
    const isConsultation = list.id === lists[0]?.id;
    // Shallow copies: only the entries change, and nothing writes into the record's List they share the rest with.
    if (entries.length > 0) kept.set(`List/${list.id}`, { ...list, entry: entries });
    // A consultation whose only content was confidential keeps its List, marked empty.
    else if (isConsultation) kept.set(`List/${list.id}`, { ...list, entry: undefined, emptyReason: EMPTY_REASON });
  }
  return [...kept.values()].reverse();
}

/** Chooses every requested area's items; a requested area that is switched off gives a warning instead. */
export function selectAreas(sel: Selection, query: StructuredQuery): void {
  for (const area of AREA_ORDER) {
    const options = query[area];
    if (!options) continue;
    if (sel.isDisabled(area)) {
      sel.warnDisabled(area);
      continue;
    }
    (selectors[area] as (sel: Selection, options: unknown) => void)(sel, options);
  }
  sel.addLinkedProblems();
}
