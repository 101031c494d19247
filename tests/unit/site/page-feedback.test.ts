// The prefilled new-issue address behind "Is this page useful? No" and "Report a problem".
import { describe, expect, test } from 'vitest';
import { issueBody, newIssueUrl, withSection } from '../../../src/site/page-feedback.ts';

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

describe('withSection', () => {
  test('rewrites only the section line of an issue address', () => {
    const before = new URL(newIssueUrl(target));
    const after = new URL(withSection(before.href, 'Errors (#errors)'));
    expect(after.searchParams.get('body')).toBe(issueBody({ ...target, section: 'Errors (#errors)' }));
    expect(after.searchParams.get('title')).toBe(before.searchParams.get('title'));
  });
});
