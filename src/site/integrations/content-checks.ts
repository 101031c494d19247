// src/site/integrations/content-checks.ts: runs the content checks (src/site/content-lint) before the build renders
// anything, so one build reports every problem with its file and line and ends with a summary, and again in
// `astro dev` whenever a content file changes. A glossary edit reloads the browser: tooltips are rendered into
// every page, which Vite's module graph does not know depends on content/glossary.yaml.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { formatProblem } from '../../checks/problem.ts';
import { CONTENT_DIR } from '../config.ts';
import { lintContent, summarize } from '../content-lint/index.ts';
import { GLOSSARY_FILE } from '../glossary.ts';

/** Runs the checks and prints every problem; true when there were none. */
function runChecks(logger: AstroIntegrationLogger, production: boolean): boolean {
  const problems = lintContent({ contentDir: CONTENT_DIR, production });
  for (const problem of problems) logger.error(formatProblem(problem));
  if (problems.length) logger.error(summarize(problems));
  return problems.length === 0;
}

/** Warnings every build printed that say nothing about the content (one per MDX page). */
export function isKnownNoise(warning: { code?: string; message?: string }): boolean {
  // Astro's MDX output carries a 'use astro:head-inject' directive that the bundler notes it cannot keep.
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message ?? '');
}

/** Filters the known noise in every Vite environment (Astro builds client, server and prerender separately). */
function quietKnownWarnings(): Plugin {
  return {
    name: 'gpconnect:quiet-known-warnings',
    configEnvironment(_name, config) {
      const options = ((config.build ??= {}).rolldownOptions ??= {});
      const userOnWarn = options.onwarn;
      options.onwarn = (warning, warn) => {
        if (isKnownNoise(warning)) return;
        if (userOnWarn) userOnWarn(warning, warn);
        else warn(warning);
      };
    },
  };
}

export function contentChecks(): AstroIntegration {
  return {
    name: 'gpconnect:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [quietKnownWarnings()] } });
        if (command === 'build' && !runChecks(logger, true)) {
          throw new Error('The content has problems (listed above with file, line and fix); nothing was built.');
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        runChecks(logger, false);
        const contentDir = resolve(CONTENT_DIR);
        const glossary = resolve(GLOSSARY_FILE);
        const onChange = (file: string) => {
          if (!resolve(file).startsWith(contentDir)) return;
          if (runChecks(logger, false)) logger.info('content checks: no problems');
          if (resolve(file) === glossary) server.ws.send({ type: 'full-reload' });
        };
        server.watcher.add(glossary);
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
      },
    },
  };
}
