// src/importer/bench.ts: import throughput on a generated 200-page Jekyll site, for `npm run bench`.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJekyll } from './index.ts';
import { countOutcomes } from './report.ts';

export interface ImportBenchmark {
  pages: number;
  failed: number;
  seconds: number;
  pagesPerSecond: number;
}

/** A page that uses each construct the importer converts, linking to its neighbours. */
function generatePage(n: number, total: number): string {
  const next = `bench_page_${(n + 1) % total}.html`;
  return `---
title: Generated page ${n}
keywords: bench, page${n}
tags: [bench]
sidebar: bench_sidebar
permalink: bench_page_${n}.html
summary: Generated page number ${n} for the import benchmark
---

{% comment %}Generated for the benchmark.{% endcomment %}

## Section ${n} ##

A {% include tooltip.html type="FHIR&reg;" %} page about the {% include tooltip.html type="API" %}; see the [next page](${next}){:target="_blank"}.

- <span class="label label-success">SELECTED</span> an option
- <span class="label label-warning">ASSUMPTION</span> an assumption

{% include important.html content="Remember the [next page](${next})." %}

<p>Some <b class='resource'>Patient</b> text<br>with a break, 1 < 2 and {braces}.</p>

![Diagram](images/diagram.png)

{% include examples/response.json %}

{% if site.show_tables %}
<table>
<tr><td>Step ${n}</td><td><p>First.</p>
<p>Second with **Markdown**.</p></td></tr>
<tr><td>Next</td><td>
A cell with a blank line

- and a list
</td></tr>
</table>
{% endif %}

\`\`\`json
{ "resourceType": "Bundle", "page": ${n} }
\`\`\`
`;
}

/** Generates the site, imports it into a scratch folder (never content/) and measures pages per second. */
export async function benchImport(pageCount = 200): Promise<ImportBenchmark> {
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  try {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'pages'), { recursive: true });
    mkdirSync(join(site, '_data', 'sidebars'), { recursive: true });
    mkdirSync(join(site, 'images'), { recursive: true });
    writeFileSync(join(site, 'images', 'diagram.png'), 'not really a png');
    writeFileSync(join(site, '_config.yml'), 'show_tables: true\n');
    mkdirSync(join(site, '_includes', 'examples'), { recursive: true });
    writeFileSync(join(site, '_includes', 'examples', 'response.json'), '{ "resourceType": "Bundle" }\n');
    writeFileSync(
      join(site, '_data', 'glossary.yml'),
      'FHIR: "A standard for exchanging health data."\nAPI: "An interface between programs."\n',
    );
    const items = Array.from(
      { length: pageCount },
      (_, n) => `    - title: Page ${n}\n      url: /bench_page_${n}.html\n`,
    ).join('');
    writeFileSync(
      join(site, '_data', 'sidebars', 'bench_sidebar.yml'),
      `entries:\n- title: Bench\n  folders:\n  - title: Pages\n    folderitems:\n${items}`,
    );
    for (let n = 0; n < pageCount; n += 1)
      writeFileSync(join(site, 'pages', `bench_page_${n}.md`), generatePage(n, pageCount));
    const out = join(dir, 'out');
    const started = performance.now();
    const result = await importJekyll({
      inputs: [site],
      out,
      publicDir: join(dir, 'public'),
      glossaryFile: join(out, 'glossary.yaml'),
      contentRoot: out,
      dryRun: false,
      force: false,
    });
    const seconds = (performance.now() - started) / 1000;
    const counts = countOutcomes(result);
    return {
      pages: pageCount,
      failed: counts.failed,
      seconds: Math.round(seconds * 1000) / 1000,
      pagesPerSecond: Math.round(pageCount / seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
