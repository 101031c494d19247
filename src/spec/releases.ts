// Every GP Connect release the specification's overview sidebar lists (plus 1.2.8 from its own branch), with the date
// its release note gives and the portal page that describes its changes. Source: pages/overview/release_notes/ on
// https://github.com/nhsconnect/gpconnect (branches feature/1.6.2, feature/1.2.9 and release/1.2.8).

export interface Release {
  /** Version as the release note names it, with its `-beta` label when it has one. */
  version: string;
  /** The capabilities the release changed, in the notes' own grouping. */
  scope: string;
  /** The release date as the note states it; `undefined` when the note gives a placeholder. */
  date?: string;
  /** The portal's notes for the release: a site path, with the anchor of its section on a page that holds several. */
  notes: string;
}

const LATE_1_2 = '/reference/release-notes-1-2-0-to-1-2-8/';
const EARLY = '/reference/release-notes-0-5-to-1-1/';
const MID = '/reference/release-notes-1-3-and-1-4/';
const SIX = '/reference/release-notes-1-6-0-and-1-6-1/';

export const releases: readonly Release[] = [
  { version: '0.5.0', scope: 'Access Record HTML, Foundations', date: '2018-02-23', notes: `${EARLY}#050` },
  { version: '1.0.0', scope: 'Foundations, Appointment Management', date: '2018-02-23', notes: `${EARLY}#100` },
  { version: '1.1.0', scope: 'Foundations, Appointment Management', date: '2018-03-16', notes: `${EARLY}#110` },
  { version: '1.1.1', scope: 'Foundations, Appointment Management', date: '2018-05-11', notes: `${EARLY}#111` },
  {
    version: '1.2.0',
    scope: 'Foundations, Appointment Management, Access Record Structured',
    date: '2018-08-03',
    notes: `${LATE_1_2}#120`,
  },
  {
    version: '1.2.1',
    scope: 'Foundations, Appointment Management, Access Record Structured',
    date: '2018-09-21',
    notes: `${LATE_1_2}#121`,
  },
  {
    version: '1.2.2',
    scope: 'Foundations, Appointment Management, Access Record Structured',
    date: '2018-10-26',
    notes: `${LATE_1_2}#122`,
  },
  {
    version: '1.2.3',
    scope: 'Foundations, Appointment Management, Access Record Structured',
    date: '2019-04-23',
    notes: `${LATE_1_2}#123`,
  },
  {
    version: '1.2.4-beta',
    scope: 'Foundations, Appointment Management, Access Record Structured',
    date: '2019-08-30',
    notes: `${LATE_1_2}#124-beta`,
  },
  { version: '1.2.5', scope: 'Foundations, Access Record Structured', date: '2019-10-15', notes: `${LATE_1_2}#125` },
  { version: '1.2.6', scope: 'Foundations, Access Record Structured', date: '2019-02-14', notes: `${LATE_1_2}#126` },
  { version: '1.2.7', scope: 'Foundations, Appointment Management', date: '2020-05-05', notes: `${LATE_1_2}#127` },
  { version: '1.2.8', scope: 'Foundations, Appointment Management', date: '2021-10-01', notes: `${LATE_1_2}#128` },
  {
    version: '1.2.9',
    scope: 'Foundations, Appointment Management',
    date: '2024-01-03',
    notes: '/reference/release-notes-1-2-9/',
  },
  { version: '1.3.0-beta', scope: 'Access Record Structured', date: '2019-06-28', notes: `${MID}#130-beta` },
  { version: '1.3.1-beta', scope: 'Access Record Structured', date: '2019-09-11', notes: `${MID}#131-beta` },
  {
    version: '1.3.2-beta',
    scope: 'Access Record Structured, Foundations',
    date: '2020-02-24',
    notes: `${MID}#132-beta`,
  },
  {
    version: '1.4.0-beta',
    scope: 'Access Record Structured, Foundations',
    date: '2019-09-30',
    notes: `${MID}#140-beta`,
  },
  {
    version: '1.4.1-beta',
    scope: 'Access Record Structured, Foundations',
    date: '2019-11-05',
    notes: `${MID}#141-beta`,
  },
  {
    version: 'Access Document 1.0.0-beta',
    scope: 'Access Document',
    date: '2019-09-30',
    notes: `${MID}#access-document-100-beta`,
  },
  {
    version: 'Access Document 1.0.1-beta',
    scope: 'Access Document',
    date: '2019-11-05',
    notes: `${MID}#access-document-101-beta`,
  },
  {
    version: '1.5.0-beta',
    scope: 'Access Record Structured, Access Document',
    date: '2020-02-27',
    notes: '/reference/release-notes-1-5-0/',
  },
  { version: '1.6.0', scope: 'Access Record Structured, Access Document', date: '2021-06-30', notes: `${SIX}#160` },
  {
    version: '1.6.1-beta',
    scope: 'Access Record Structured, Access Document',
    date: '2023-04-05',
    notes: `${SIX}#161-beta`,
  },
  {
    version: '1.6.2-beta',
    scope: 'Access Record Structured, Access Document',
    notes: '/reference/release-notes-1-6-2/',
  },
];
