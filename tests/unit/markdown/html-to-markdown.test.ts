// The built-page-to-Markdown conversion, on markup in the shapes our components and Starlight render.
import { describe, expect, test } from 'vitest';
import { articleToMarkdown, MissingContentError, pageToMarkdown } from '../../../src/markdown/html-to-markdown.ts';

const PAGE_URL = 'https://portal.example/foundations/read-a-patient/';

/** A built page: Starlight's chrome around the article that the conversion keeps. */
const page = (article: string) =>
  `<!doctype html><html><head><title>t</title><script>var chrome = 1;</script></head><body>` +
  `<nav class="sidebar"><a href="/">Home</a></nav><main><h1 id="_top">Read a patient</h1>` +
  `<div class="sl-markdown-content">${article}</div><footer>Edit page</footer></main></body></html>`;

const convert = (article: string) => articleToMarkdown(page(article), PAGE_URL);

describe('articleToMarkdown', () => {
  test('keeps headings, prose and links, and leaves the page chrome out', () => {
    const markdown = convert(
      '<p>Use <a href="/foundations/find-a-patient/">find a patient</a> first.</p><h2 id="x">At a glance</h2>',
    );
    expect(markdown).toBe('Use [find a patient](/foundations/find-a-patient/) first.\n\n## At a glance');
  });

  test('renders a spec table as a GFM table with every row, its notes kept apart and <wbr> dropped', () => {
    const markdown = convert(
      '<div class="table-scroller" role="region" tabindex="0"><div class="spine-error-table"><table><thead><tr>' +
        '<th scope="col">HTTP status</th><th scope="col">Spine code</th></tr></thead><tbody>' +
        '<tr id="error-BAD_REQUEST"><td>400</td><th scope="row"><a href="/guidance/error-handling/#error-BAD_REQUEST">' +
        '<code>BAD_<wbr>REQUEST</code></a></th></tr>' +
        '<tr><td>500<span class="spine-error-table__note">sandbox\'s choice: no source gives one</span></td>' +
        '<th scope="row"><code>INTERNAL_SERVER_ERROR</code></th></tr></tbody></table></div></div>',
    );
    // Column padding aside, one row a line.
    expect(markdown.split('\n').map((line) => line.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---'))).toEqual([
      '| HTTP status | Spine code |',
      '| --- | --- |',
      '| 400 | [`BAD_REQUEST`](/guidance/error-handling/#error-BAD_REQUEST) |',
      "| 500 · sandbox's choice: no source gives one | `INTERNAL_SERVER_ERROR` |",
    ]);
  });

  test('turns a <Callout> aside into a blockquote headed by its title', () => {
    const markdown = convert(
      '<aside aria-label="Keep the id" class="starlight-aside starlight-aside--note">' +
        '<p class="starlight-aside__title" aria-hidden="true"><svg></svg>Keep the id</p>' +
        '<div class="starlight-aside__content"><p>Store the <code>id</code> for later.</p></div></aside>',
    );
    expect(markdown).toBe('> **Keep the id**\n>\n> Store the `id` for later.');
  });

  test('turns a <Term> into its word, without the tooltip', () => {
    const markdown = convert(
      '<p>Ask <span class="term"><button type="button" class="term__word" aria-describedby="term-tip-1">SDS</button>' +
        '<span class="term__tip" id="term-tip-1"><strong>Spine Directory Service: </strong>The directory.' +
        '<a href="/reference/glossary/#term-sds">Glossary entry for SDS</a></span></span> for the ASID.</p>',
    );
    expect(markdown).toBe('Ask SDS for the ASID.');
  });

  test('turns a <TryIt> into its request in an http block and a link to the widget in the page', () => {
    const markdown = convert(
      '<div class="tryit not-content" id="tryit-F3-read-patient2" data-pagefind-ignore><script>island()</script>' +
        '<astro-island><div class="tryit-box"><button>Send</button><pre class="astro-code" data-language="http"><code>' +
        '<span class="line"><span>GET</span><span> http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient/2 HTTP/1.1</span></span>\n' +
        '<span class="line"><span>Ssp-From: 200000000115</span></span></code></pre></div></astro-island></div>',
    );
    expect(markdown).toBe(
      [
        '```http',
        'GET http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient/2 HTTP/1.1',
        'Ssp-From: 200000000115',
        '```',
        '',
        `Try it: [send, edit and explain this request](${PAGE_URL}#tryit-F3-read-patient2) in the page.`,
      ].join('\n'),
    );
  });

  test('takes a code block from Expressive Code’s copy button, line breaks and all, with its title', () => {
    const markdown = convert(
      '<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.css"><figure class="frame has-title">' +
        '<figcaption class="header"><span class="title">Request</span></figcaption>' +
        '<pre data-language="json"><code><div class="ec-line"><div class="code">{</div></div></code></pre>' +
        '<div class="copy"><button title="Copy to clipboard" data-code="{\u007f  &quot;a&quot;: 1\u007f}"></button></div>' +
        '</figure></div>',
    );
    expect(markdown).toBe('*Request*\n\n```json\n{\n  "a": 1\n}\n```');
  });

  test('points a live widget without a request preview (SpineFlow) at its page', () => {
    const markdown = convert(
      '<astro-island><div class="sf-widget"><button>Run all steps</button></div></astro-island>',
    );
    expect(markdown).toBe(`This step-by-step run works in the browser only: [open the page](${PAGE_URL}).`);
  });

  test("keeps the server-rendered text of any other island (the assurance report's fallback)", () => {
    const markdown = convert(
      '<astro-island><section class="assure-box"><p>The live report needs JavaScript.</p></section></astro-island>',
    );
    expect(markdown).toBe('The live report needs JavaScript.');
  });

  test('drops comments, scripts, styles and controls', () => {
    const markdown = convert(
      '<!-- note --><style>p{}</style><p>Kept<button>Copy</button><svg><path d="M0"/></svg></p>' +
        '<script type="module">x()</script><span aria-hidden="true">×</span><span class="sr-only">(opens)</span>',
    );
    expect(markdown).toBe('Kept');
  });

  test('names the page when the built HTML has no article', () => {
    expect(() => articleToMarkdown('<html><body><p>No article</p></body></html>', PAGE_URL)).toThrow(
      MissingContentError,
    );
    expect(() => articleToMarkdown('<html><body></body></html>', PAGE_URL)).toThrowErrorMatchingInlineSnapshot(
      `[MissingContentError: https://portal.example/foundations/read-a-patient/: the built page has no .sl-markdown-content element, so there is no article to convert]`,
    );
  });
});

describe('pageToMarkdown', () => {
  test('heads the article with the title, the description and the address of the HTML page', () => {
    const markdown = pageToMarkdown(page('<p>Body.</p>'), {
      title: 'Read a patient',
      description: 'GET a Patient by id.',
      url: PAGE_URL,
    });
    expect(markdown).toBe(`# Read a patient\n\n> GET a Patient by id.\n\nSource: <${PAGE_URL}>\n\nBody.\n`);
  });
});
