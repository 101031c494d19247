// Starlight's table of contents marks the link of the section being read. Its element finds that section by
// observing every block of <main> that holds no heading, selected with `:has()` and sibling selectors over the whole
// page: on the examples page (3,700 elements) that one query is a 15 ms task on a fast machine, and 60 ms at the
// mobile CPU Lighthouse simulates, once for each of the two tables. This subclass keeps Starlight's element (markup,
// styles, the mobile drop-down and its `current` setter) and replaces only that step: it observes the headings the
// table links to. Its root reaches from far above the page down to Starlight's reading line, so a heading
// intersects once it has scrolled above that line, and the current section is the last such heading.

/** What the subclass uses of Starlight's element (@astrojs/starlight, components-internals/TableOfContents). */
interface StarlightToc extends HTMLElement {
  /** Starlight's root margin: "<top> <sides> <bottom>", the bottom one placing its reading line. */
  getRootMargin(): string;
  /** Marks a link as the current one (the mobile table also shows its text). */
  set current(link: HTMLAnchorElement);
}

// A heading scrolled this far above the viewport (in viewport heights) still counts as above the line: far more
// than any page of the site is long.
const REACH_ABOVE = '100000%';
// Starlight waits this long after a resize before it measures its root margin again.
const RESIZE_SETTLE_MS = 200;

/** Index of the current link: the last heading above the reading line, or the first link when none is. */
export function currentLinkIndex(aboveLine: readonly boolean[]): number {
  return Math.max(aboveLine.lastIndexOf(true), 0);
}

/** Starlight's table of contents element (desktop or mobile), tracking the current section by its headings. */
export function trackHeadingsOnly(starlightElement: CustomElementConstructor): CustomElementConstructor {
  const Base = starlightElement as new () => StarlightToc;
  return class HeadingsToc extends Base {
    // Starlight's constructor schedules `this.init()` for an idle moment; this field replaces its own `init`.
    init = () => {
      const links = [...this.querySelectorAll('a')];
      const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
      const aboveLine = links.map(() => false);
      const onChange = (entries: IntersectionObserverEntry[]) => {
        for (const { target, isIntersecting } of entries)
          aboveLine[headings.indexOf(target as HTMLElement)] = isIntersecting;
        const link = links[currentLinkIndex(aboveLine)];
        if (link) this.current = link;
      };
      let observer: IntersectionObserver | undefined;
      const observe = () => {
        const [, , readingLine] = this.getRootMargin().split(' ');
        observer = new IntersectionObserver(onChange, { rootMargin: `${REACH_ABOVE} 0% ${readingLine}` });
        for (const heading of headings) if (heading) observer.observe(heading);
      };
      observe();
      let settle: ReturnType<typeof setTimeout> | undefined;
      addEventListener('resize', () => {
        observer?.disconnect();
        clearTimeout(settle);
        settle = setTimeout(observe, RESIZE_SETTLE_MS);
      });
    };
  };
}
