// ec.config.mjs: Expressive Code's options, kept out of astro.config.mjs so that Starlight's <Code> component (used
// to show files such as the journey scripts) can load them; it needs them in their own module.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginFocusableCode } from './src/site/focusable-code.ts';

export default defineEcConfig({
  themes: ['github-light', 'github-dark'],
  styleOverrides: { borderRadius: '4px' },
  plugins: [pluginFocusableCode()],
});
