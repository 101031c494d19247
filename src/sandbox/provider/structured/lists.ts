// Builds the Lists of a structured record Bundle: codes, titles, empty reasons and warning codes (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_list.html).
import type { CodeableConcept, Coding, List, ListEntry, Resource } from 'fhir/r3';
import {
  CLINICAL_SETTING,
  EMPTY_LIST,
  SECONDARY_LIST_SYSTEM,
  SNOMED_SYSTEM,
  extensions,
  listWarnings,
  primaryLists,
  profileUrl,
  secondaryListTitle,
  type ListWarningCode,
  type PrimaryListKey,
  type SecondaryListCode,
} from '../../../spec/index.ts';

export interface ListOptions {
  entries: ListEntry[];
  warnings?: ReadonlySet<ListWarningCode>;
  contained?: Resource[];
}

/** Everything the Lists of one response share. */
export interface ListSetting {
  subject: string;
  /** When the Lists were made (the request time). */
  date: string;
  /** The registration date of a record in transit: the data-in-transit warning then goes on every List. */
  inTransitSince?: string;
}

/** `List.emptyReason` of a List with nothing to show. */
export const EMPTY_REASON: CodeableConcept = {
  coding: [{ system: EMPTY_LIST.system, code: EMPTY_LIST.code, display: EMPTY_LIST.display }],
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-03-07` → `07-Mar-2024`, the form the warning notes use. */
export const toNoteDate = (date: string): string => {
  const [y, m, d] = date.split('-');
  return `${d}-${MONTHS[Number(m) - 1]}-${y}`;
};

function buildList(setting: ListSetting, code: Coding, title: string, options: ListOptions): List {
  const warnings = new Set(options.warnings);
  if (setting.inTransitSince) warnings.add('data-in-transit');
  const notes = [...warnings].map((w) =>
    listWarnings[w].note.replace('{date}', toNoteDate(setting.inTransitSince ?? setting.date.slice(0, 10))),
  );
  const empty = options.entries.length === 0;
  if (empty) notes.unshift(EMPTY_LIST.note);
  return {
    resourceType: 'List',
    meta: { profile: [profileUrl('list')] },
    ...(options.contained?.length ? { contained: options.contained } : {}),
    extension: [
      {
        url: extensions.clinicalSetting,
        valueCodeableConcept: { coding: [{ system: SNOMED_SYSTEM, ...CLINICAL_SETTING }] },
      },
      ...[...warnings].map((w) => ({ url: extensions.listWarningCode, valueCode: w })),
    ],
    status: 'current',
    mode: 'snapshot',
    title,
    code: { coding: [code] },
    subject: { reference: setting.subject },
    date: setting.date,
    ...(notes.length ? { note: notes.map((text) => ({ text })) } : {}),
    ...(empty ? { emptyReason: EMPTY_REASON } : { entry: options.entries }),
  };
}

/** A primary List (allergies, medications, ...). */
export const buildPrimaryList = (setting: ListSetting, key: PrimaryListKey, options: ListOptions): List => {
  const { code, title } = primaryLists[key];
  return buildList(setting, { system: SNOMED_SYSTEM, code, display: title }, title, options);
};

/** A secondary List of a consultation or problem query. */
export const buildSecondaryList = (setting: ListSetting, code: SecondaryListCode, options: ListOptions): List => {
  const title = secondaryListTitle(code);
  return buildList(setting, { system: SECONDARY_LIST_SYSTEM, code, display: title }, title, options);
};

/** List entries pointing at `Type/id` keys. */
export const toEntries = (keys: Iterable<string>): ListEntry[] =>
  [...keys].map((reference) => ({ item: { reference } }));
