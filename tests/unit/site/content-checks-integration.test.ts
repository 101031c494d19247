// In `astro dev`, the content checks rerun on every content edit and a glossary edit reloads the browser.
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { contentChecks, isKnownNoise } from '../../../src/site/integrations/content-checks.ts';
import { GLOSSARY_FILE } from '../../../src/site/glossary.ts';

function startDevHook() {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const send = vi.fn();
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const hook = contentChecks().hooks['astro:server:setup'] as (options: unknown) => void;
  hook({ server: { watcher, ws: { send } }, logger });
  return { watcher, send, logger };
}

test('a glossary edit reloads the page in astro dev', () => {
  const { watcher, send } = startDevHook();
  expect(watcher.add).toHaveBeenCalledWith(resolve(GLOSSARY_FILE));
  watcher.emit('change', resolve(GLOSSARY_FILE));
  expect(send).toHaveBeenCalledWith({ type: 'full-reload' });
});

test('an edit to a page reruns the checks without reloading', () => {
  const { watcher, send, logger } = startDevHook();
  logger.info.mockClear();
  watcher.emit('change', resolve('content/overview/introduction.mdx'));
  expect(logger.info).toHaveBeenCalledWith('content checks: no problems');
  expect(send).not.toHaveBeenCalled();
});

test('only the head-inject directive warning counts as known noise', () => {
  const directive =
    'The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved';
  expect(isKnownNoise({ code: 'MODULE_LEVEL_DIRECTIVE', message: directive })).toBe(true);
  expect(isKnownNoise({ code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in "x.ts"' })).toBe(false);
  expect(isKnownNoise({ code: 'CIRCULAR_DEPENDENCY', message: directive })).toBe(false);
});
