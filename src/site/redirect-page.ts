// src/site/redirect-page.ts: the HTML served at an old address. It works with no server rules: a canonical
// link for search engines, a meta refresh for browsers and a visible link for everyone else.
import type { Permalink } from './permalink-map.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function renderRedirectPage({ to, title }: Permalink, site: URL | undefined): string {
  const canonical = escapeHtml(site ? new URL(to, site).href : to);
  const href = escapeHtml(to);
  const name = escapeHtml(title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
<style>body{font-family:Frutiger,Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#212b32}a{color:#005eb8}</style>
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now <a href="${href}">${name}</a>.</p>
</main>
</body>
</html>
`;
}
