// /llms.txt and /llms-full.txt: the llmstxt.org layout, every page linked, and the reference tables from src/spec.
import { describe, expect, test } from 'vitest';
import { listContentPages, markdownPathOf } from '../../../src/markdown/content-pages.ts';
import { buildLlmsFullTxt, buildLlmsTxt, groupPages, type SiteSummary } from '../../../src/markdown/llms.ts';
import { interactionList } from '../../../src/spec/interactions.ts';
import { spineCodes } from '../../../src/spec/spine-errors.ts';
import { testPatientList } from '../../../src/spec/test-patients.ts';

const pages = listContentPages('content');
const site: SiteSummary = {
  title: 'GP Connect developer portal',
  description: 'Build GP Connect consumers and providers.',
  siteUrl: 'https://portal.example/',
  groups: [
    { directory: 'overview', label: 'Overview' },
    { directory: 'foundations', label: 'Foundations' },
  ],
};

describe('buildLlmsTxt', () => {
  const text = buildLlmsTxt(pages, site);
  const lines = text.split('\n');

  test('opens with the title as the only H1, then the summary as a blockquote', () => {
    expect(lines[0]).toBe('# GP Connect developer portal');
    expect(lines[2]).toBe('> Build GP Connect consumers and providers.');
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
  });

  test('links every page’s Markdown twin once, under a section named after its sidebar group', () => {
    for (const page of pages) {
      const url = `https://portal.example${markdownPathOf(page.route)}`;
      expect(
        lines.filter((line) => line.startsWith(`- [${page.title}](${url})`)),
        page.route,
      ).toHaveLength(1);
    }
    const foundations = text.slice(
      text.indexOf('## Foundations\n'),
      text.indexOf('\n## ', text.indexOf('## Foundations\n') + 1),
    );
    expect(foundations).toContain('(https://portal.example/foundations/read-a-patient.md): ');
  });

  test('ends with the Optional section that llmstxt.org lets readers skip', () => {
    expect(text.slice(text.lastIndexOf('\n## '))).toMatch(
      /^\n## Optional\n\n- \[Everything in one file\]\(https:\/\/portal\.example\/llms-full\.txt\)/,
    );
  });
});

describe('groupPages', () => {
  test('puts the home page first, the sidebar groups in order and unknown folders last, sorted by sidebar order', () => {
    const labels = groupPages(pages, site).map((section) => section.label);
    expect(labels).toEqual(['Start here', 'Overview', 'Foundations', 'Other pages']);
    const overview = groupPages(pages, site)[1]!.pages;
    const orders = overview.map((page) => page.order ?? Infinity);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe('buildLlmsFullTxt', () => {
  const sample = pages.filter((page) => page.directory === 'foundations');
  const text = buildLlmsFullTxt(sample, (page) => `# ${page.title}\n\nBody of ${page.route}\n`, site);

  test('holds every page’s Markdown, in sidebar order, between rules', () => {
    const ordered = groupPages(sample, site).flatMap((section) => section.pages);
    const positions = ordered.map((page) => text.indexOf(`Body of ${page.route}`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text.split('\n---\n')).toHaveLength(sample.length + 1);
  });

  test('starts with the interactions, Spine error codes and test patients as tables from src/spec', () => {
    const tableRows = (heading: string) => {
      const start = text.indexOf(`### ${heading}\n`);
      const next = text.indexOf('\n### ', start + 1);
      return text
        .slice(start, next < 0 ? text.indexOf('\n---\n') : next)
        .split('\n')
        .filter((line) => line.startsWith('| '));
    };
    const interactions = tableRows('GP Connect interactions');
    expect(interactions).toHaveLength(interactionList.length + 2); // the header and its delimiter row
    for (const interaction of interactionList)
      expect(
        interactions.some((row) => row.startsWith(`| ${interaction.key} `) && row.includes(`\`${interaction.id}\``)),
      ).toBe(true);
    const errors = tableRows('Spine error codes');
    expect(errors).toHaveLength(spineCodes.length + 2);
    for (const code of spineCodes) expect(errors.some((row) => row.startsWith(`| \`${code}\` `))).toBe(true);
    const patients = tableRows('Test patients');
    expect(patients).toHaveLength(testPatientList.length + 2); // the header and its delimiter row
    for (const patient of testPatientList)
      expect(patients.some((row) => row.includes(`\`${patient.nhsNumber}\``))).toBe(true);
  });
});
