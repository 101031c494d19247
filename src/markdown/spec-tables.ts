// src/markdown/spec-tables.ts: the interactions, the Spine error codes and the test patients as GFM tables, straight
// from src/spec, for /llms-full.txt (an assistant reading one file gets the facts every page refers to).
import type { PhrasingContent, Table, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { capabilities } from '../spec/capabilities.ts';
import { interactionList } from '../spec/interactions.ts';
import { spineCodes, spineErrors } from '../spec/spine-errors.ts';
import { testPatientList, type PatientFlags } from '../spec/test-patients.ts';

/** A cell is plain text or inline code (identifiers, so that Markdown never reads `*` or `_` in them as emphasis). */
type Cell = string | { code: string };

const toPhrasing = (cell: Cell): PhrasingContent =>
  typeof cell === 'string' ? { type: 'text', value: cell } : { type: 'inlineCode', value: cell.code };

const row = (cells: Cell[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((cell) => ({ type: 'tableCell', children: [toPhrasing(cell)] })),
});

/** A GFM table with a header row. */
export function gfmTable(header: string[], rows: Cell[][]): string {
  const table: Table = { type: 'table', children: [row(header), ...rows.map(row)] };
  return toMarkdown({ type: 'root', children: [table] }, { extensions: [gfmToMarkdown()] }).trim();
}

/** Every GP Connect 1.x interaction with its ID, request and JWT scope. */
export const interactionsTable = (siteUrl: string): string =>
  gfmTable(
    ['Key', 'Interaction', 'Capability', 'Ssp-InteractionID', 'Request', 'requested_scope', 'Page'],
    interactionList.map((interaction) => [
      interaction.key,
      interaction.name,
      `${capabilities[interaction.capability].name} ${interaction.version}`,
      { code: interaction.id },
      { code: `${interaction.method} [base]${interaction.path}` },
      { code: interaction.scope },
      new URL(interaction.docsPath, siteUrl).href,
    ]),
  );

/** Every Spine error code, GP Connect's own first, with its HTTP status and issue code. */
export const spineErrorsTable = (): string =>
  gfmTable(
    ['Spine code', 'HTTP status', 'Issue code', 'Display', 'Meaning'],
    spineCodes.map((code) => {
      const error = spineErrors[code];
      return [{ code }, String(error.status), { code: error.issueCode }, error.display, error.meaning];
    }),
  );

const flagNames = (flags: PatientFlags): string =>
  (Object.keys(flags) as (keyof PatientFlags)[]).filter((flag) => flags[flag]).join(', ');

/** The test-pack patients with their NHS numbers, practices and roles. */
export const testPatientsTable = (): string =>
  gfmTable(
    ['Patient', 'NHS number', 'Name', 'Born', 'Practice (logical id)', 'Flags', 'Role'],
    testPatientList.map((patient) => [
      patient.key,
      { code: patient.nhsNumber },
      `${patient.name.prefix} ${patient.name.given} ${patient.name.family}`,
      patient.birthDate,
      patient.practice ? `${patient.practice} (${patient.logicalId ?? 'none'})` : 'none in the sandbox',
      flagNames(patient.flags),
      patient.role,
    ]),
  );
