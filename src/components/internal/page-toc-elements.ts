// Defines our table-of-contents elements (toc-elements.ts) as Starlight's, tracking the current section by its
// headings (headings-toc.ts), once Starlight's scripts have defined theirs. Loaded on demand by
// overrides/PageSidebar.astro.
import { trackHeadingsOnly } from './headings-toc.ts';
import { TOC_ELEMENTS } from './toc-elements.ts';

for (const [starlight, ours] of Object.entries(TOC_ELEMENTS)) {
  void customElements.whenDefined(starlight).then((element) => customElements.define(ours, trackHeadingsOnly(element)));
}
