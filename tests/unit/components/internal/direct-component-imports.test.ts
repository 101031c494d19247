import { init } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarrel, rewriteBarrelImports } from '../../../../src/components/internal/direct-component-imports.ts';

const componentsIndex = new URL('../../../../src/components/index.ts', import.meta.url).pathname;
const components = readBarrel(componentsIndex);
const barrels = new Map([
  ['~/components', components],
  ['@astrojs/starlight/components', new Map([['Aside', '/starlight/user-components/Aside.astro']])],
]);

beforeAll(async () => {
  await init;
});

describe('readBarrel', () => {
  it('maps every component the portal barrel re-exports to its file', () => {
    expect(components.get('TryIt')).toBe(componentsIndex.replace('index.ts', 'TryIt.astro'));
    expect(components.get('SpineFlow')).toBe(componentsIndex.replace('index.ts', 'SpineFlow.astro'));
    expect(components.size).toBeGreaterThanOrEqual(15);
  });
});

describe('rewriteBarrelImports', () => {
  it('imports each named component from its own file, keeping local names', () => {
    const code = `import { TryIt, Term as Word } from '~/components';\nexport const x = [TryIt, Word];`;
    expect(rewriteBarrelImports(code, barrels)).toBe(
      `import TryIt from ${JSON.stringify(components.get('TryIt'))}; ` +
        `import Word from ${JSON.stringify(components.get('Term'))};\nexport const x = [TryIt, Word];`,
    );
  });

  it('keeps names the barrel does not re-export as a default on the barrel import', () => {
    const code = `import { Aside, Code } from '@astrojs/starlight/components';`;
    expect(rewriteBarrelImports(code, barrels)).toBe(
      `import Aside from "/starlight/user-components/Aside.astro"; import { Code } from "@astrojs/starlight/components";`,
    );
  });

  it('leaves modules without a barrel import, and text that only looks like one, unchanged', () => {
    expect(rewriteBarrelImports(`import { h } from 'preact';`, barrels)).toBeUndefined();
    expect(rewriteBarrelImports(`const s = "import { TryIt } from '~/components'";`, barrels)).toBeUndefined();
  });
});
