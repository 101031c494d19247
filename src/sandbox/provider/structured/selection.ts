// What one structured record response holds: chosen items, Lists and warnings, with the rules for linked items.
import type { ClinicalArea, ListWarningCode, SecondaryListCode } from '../../../spec/index.ts';
import type {
  AllergyIntolerance,
  Condition,
  List,
  ListEntry,
  MedicationRequest,
  MedicationStatement,
  OperationOutcomeIssue,
  Reference,
  Resource,
} from 'fhir/r3';
import type { ClinicalRecord } from '../../data/records/index.ts';
import { linkedContent, relatedProblems } from '../../data/records/items/problem.ts';
import { toIssue } from '../../spine-error.ts';
import { buildSecondaryList, type ListSetting } from './lists.ts';
import { areaParameters, type QueryArea } from './query.ts';

/** How an area's items are named in the placeholder entry that replaces them when the area is switched off (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html). */
const disabledItemNames: Record<ClinicalArea, string> = {
  allergies: 'Allergy',
  medications: 'Medication',
  consultations: 'Consultation',
  problems: 'Problem',
  immunisations: 'Immunisation',
  uncategorised: 'Uncategorised data',
  investigations: 'Investigation',
  referrals: 'Referral',
  diaryEntries: 'Diary entry',
  documents: 'Document',
};

/** The parameter name a disabled-area warning quotes; documents use `DocumentReferences` (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html). */
const DOCUMENTS_SWITCH_NAME = 'DocumentReferences';

type Group = ClinicalArea | 'endedAllergies';
export type LinkContext = 'consultations' | 'problems';

// Secondary List codes by context and area (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_list.html): the code is the title in kebab case.
const secondaryCodes: Record<LinkContext, Partial<Record<Group, SecondaryListCode>>> = {
  consultations: {
    allergies: 'consultations-allergies-contained-in-consultations',
    endedAllergies: 'consultations-allergies-that-have-been-ended-contained-in-consultations',
    diaryEntries: 'consultations-diary-entries-contained-in-consultations',
    documents: 'consultations-documents-contained-in-consultations',
    immunisations: 'consultations-immunisations-contained-in-consultations',
    investigations: 'consultations-investigations-contained-in-consultations',
    medications: 'consultations-medications-contained-in-consultations',
    referrals: 'consultations-outbound-referrals-in-consultations',
    problems: 'consultations-problems-contained-in-consultations',
    uncategorised: 'consultations-uncategorised-data-contained-in-consultations',
  },
  problems: {
    allergies: 'problems-allergies-related-to-problems',
    endedAllergies: 'problems-allergies-that-have-been-ended-related-to-problems',
    consultations: 'problems-consultations-related-to-problems',
    diaryEntries: 'problems-diary-entries-related-to-problems',
    documents: 'problems-documents-related-to-problems',
    immunisations: 'problems-immunisations-related-to-problems',
    investigations: 'problems-investigations-related-to-problems',
    medications: 'problems-medications-related-to-problems',
    referrals: 'problems-outbound-referrals-related-to-problems',
    uncategorised: 'problems-uncategorised-data-related-to-problems',
  },
};

interface SecondaryGroup {
  entries: ListEntry[];
  contained: Resource[];
  warnings: Set<ListWarningCode>;
  seen: Set<string>;
}

export interface SelectionOptions {
  record: ClinicalRecord;
  setting: ListSetting;
  disabled: ReadonlySet<ClinicalArea>;
  /** Migration with includeSensitiveInformation: confidential items are returned (with their NOPAT label). */
  includeConfidential: boolean;
}

export class Selection {
  readonly record: ClinicalRecord;
  readonly setting: ListSetting;
  readonly primaryLists: List[] = [];
  readonly structureLists: List[] = [];
  /** `Type/id` keys of the free-standing clinical items in the response. */
  readonly included = new Set<string>();
  /** Problems that matched a problems query (the primary Problems List). */
  readonly primaryProblems = new Set<string>();
  /** Problems named by a related-problem link that did not match the query. */
  readonly relatedProblems = new Set<string>();
  readonly issues: OperationOutcomeIssue[] = [];
  private readonly options: SelectionOptions;
  private readonly areaOf = new Map<string, ClinicalArea>();
  private readonly groups = new Map<SecondaryListCode, SecondaryGroup>();
  private documentsDisabledSeen = false;

  constructor(options: SelectionOptions) {
    this.options = options;
    this.record = options.record;
    this.setting = options.setting;
    for (const [area, keys] of Object.entries(options.record.items))
      for (const key of keys) this.areaOf.set(key, area as ClinicalArea);
  }

  resource<T extends Resource>(key: string): T {
    return this.record.resources.get(key) as T;
  }

  isVisible(key: string): boolean {
    return this.options.includeConfidential || !this.record.confidential.has(key);
  }

  isDisabled(area: ClinicalArea): boolean {
    return this.options.disabled.has(area);
  }

  isItem(key: string): boolean {
    return this.areaOf.has(key);
  }

  /** The warning for a requested area that the practice switched off (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html). */
  warnDisabled(area: QueryArea): void {
    const name = areaParameters[area].name;
    this.issues.push(toIssue('NOT_IMPLEMENTED', name, 'warning', `${name} has been disabled`));
  }

  /**
   * Takes an item linked from a consultation or a problem: it joins the secondary List of its area, unless it is
   * confidential (left out, warning) or its area is switched off (a placeholder entry). Returns the entry a
   * consultation structure List keeps for it, or undefined to drop the entry.
   */
  link(key: string, context: LinkContext): ListEntry | undefined {
    const resource = this.record.resources.get(key);
    if (!resource) return undefined;
    const area = this.areaOf.get(key) ?? (resource.resourceType === 'MedicationRequest' ? 'medications' : undefined);
    if (!area) return undefined;
    const ended = area === 'allergies' && (resource as AllergyIntolerance).clinicalStatus === 'resolved';
    const code = secondaryCodes[context][ended ? 'endedAllergies' : area];
    const group = code ? this.group(code) : undefined;
    if (this.isDisabled(area)) {
      if (area === 'documents') this.documentsDisabledSeen = true;
      const entry = { item: { display: `${disabledItemNames[area]} items have been disabled` } };
      if (group && !group.seen.has(key)) group.entries.push(entry);
      group?.seen.add(key);
      return entry;
    }
    if (!this.isVisible(key)) {
      group?.warnings.add('confidential-items');
      return undefined;
    }
    if (ended) {
      // spec: ended allergies are only ever contained in their List, never free-standing (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_bundle.html)
      if (group && !group.seen.has(key)) {
        group.contained.push(resource);
        group.entries.push({ item: { reference: `#${resource.id}` } });
      }
      group?.seen.add(key);
      return undefined;
    }
    this.included.add(key);
    // A directly linked issue brings its authorisation's statement along with it.
    if (resource.resourceType === 'MedicationRequest') this.includeStatementOf(resource as MedicationRequest);
    if (group && !group.seen.has(key)) group.entries.push({ item: { reference: key } });
    group?.seen.add(key);
    return { item: { reference: key } };
  }

  private includeStatementOf(issue: MedicationRequest): void {
    const plan = firstReference(issue.basedOn);
    const statement = this.record.items.medications.find(
      (key) => firstReference(this.resource<MedicationStatement>(key).basedOn) === plan,
    );
    if (statement && this.isVisible(statement)) this.included.add(statement);
  }

  private group(code: SecondaryListCode): SecondaryGroup {
    let group = this.groups.get(code);
    if (!group) {
      group = { entries: [], contained: [], warnings: new Set(), seen: new Set() };
      this.groups.set(code, group);
    }
    return group;
  }

  /**
   * The one "linked problems" List (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_list.html): problems outside the primary query that are linked to an item in the
   * response or named by a related-problem link. Call it after every area has chosen its items.
   */
  addLinkedProblems(): void {
    const group = this.group('problems-linked-problems-not-relating-to-the-primary-query');
    for (const key of this.record.items.problems) {
      if (this.primaryProblems.has(key)) continue;
      const problem = this.resource<Condition>(key);
      const links = [...linkedContent(problem), ...relatedProblems(problem)];
      const isLinked = this.relatedProblems.has(key) || links.some((link) => this.included.has(link));
      if (!isLinked) continue;
      if (!this.isVisible(key)) {
        group.warnings.add('confidential-items');
        continue;
      }
      this.included.add(key);
      if (!group.seen.has(key)) group.entries.push({ item: { reference: key } });
      group.seen.add(key);
    }
    if (this.documentsDisabledSeen) {
      this.issues.push(
        toIssue('NOT_IMPLEMENTED', DOCUMENTS_SWITCH_NAME, 'warning', `${DOCUMENTS_SWITCH_NAME} has been disabled`),
      );
    }
  }

  /** The secondary Lists that have data or a warning (an empty one is never sent without a warning code). */
  secondaryLists(): List[] {
    return [...this.groups]
      .filter(([, g]) => g.entries.length > 0 || g.warnings.size > 0)
      .map(([code, g]) =>
        buildSecondaryList(this.setting, code, { entries: g.entries, contained: g.contained, warnings: g.warnings }),
      );
  }
}

/** The first reference of a field the FHIR types declare as one Reference or many. */
export const firstReference = (value: Reference | Reference[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.reference;
