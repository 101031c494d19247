// The prefilled new-issue address behind "Is this page useful? No" and "Report a problem".
import { describe, expect, test } from 'vitest';
import { DEFAULT_SECTION_TOKEN, issueBody, newIssueUrl } from '../../../src/site/page-feedback.ts';

const target = {
  repositoryUrl: 'https://github.com/nhs-gpconnect/developer-portal/',
  pageUrl: 'https://portal.example/foundations/read-a-patient/',
  pageTitle: 'Read a patient',
};

describe('newIssueUrl', () => {
  test('opens the repository’s new-issue form with the page in the title and body', () => {
    const url = new URL(newIssueUrl(target));
    expect(url.origin + url.pathname).toBe('https://github.com/nhs-gpconnect/developer-portal/issues/new');
    expect(url.searchParams.get('title')).toBe('Docs feedback: Read a patient');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Page: https://portal.example/foundations/read-a-patient/');
    expect(body).toContain('Section: the whole page');
    expect(body).toContain('### What is wrong or missing?');
  });

  test('names the section when one is given', () => {
    expect(issueBody({ ...target, section: 'Errors (#errors)' })).toContain('Section: Errors (#errors)\n');
  });
});

describe('DEFAULT_SECTION_TOKEN', () => {
  test('stands once in the issue address, so that swapping it (as the page script does) names another section', () => {
    const address = newIssueUrl(target);
    expect(address.split(DEFAULT_SECTION_TOKEN)).toHaveLength(2);
    const swapped = new URL(address.replace(DEFAULT_SECTION_TOKEN, encodeURIComponent('Section: Errors (#errors)')));
    expect(swapped.searchParams.get('body')).toBe(issueBody({ ...target, section: 'Errors (#errors)' }));
    expect(swapped.searchParams.get('title')).toBe('Docs feedback: Read a patient');
  });
});
