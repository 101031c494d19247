// src/components/internal/tryit-size.ts: how tall a <TryIt> box will be, guessed at build time from its request text.
// Off-screen widgets are not laid out (content-visibility: auto) and take this height until they near the viewport.
// A poor guess moves what the reader is looking at when widgets above it render, and can carry a widget reached by
// a link or a share link out of view again before it hydrates, so the guess follows the request's wrapped lines.
// Figures measured on the examples page (monospace 13 px on a 22.75 px line; the box around the request text is
// 310–420 px tall at 1280 px wide and 490–660 px at 390 px, where the buttons wrap).

const LINE_REM = 22.75 / 16;
const LAYOUTS = {
  /** Starlight's two-column layout and wider: about 75 characters to a line of the request. */
  wide: { charsPerLine: 75, chromeRem: 360 / 16 },
  /** Phones (below 50rem): about 40 characters to a line. */
  narrow: { charsPerLine: 40, chromeRem: 575 / 16 },
} as const;

/** Lines the request takes when long lines wrap every `charsPerLine` characters (break-all). */
export function countWrappedLines(text: string, charsPerLine: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}

/** The guessed box heights as CSS lengths, for the wide and the narrow layout. */
export function estimateTryItHeight(text: string): { wide: string; narrow: string } {
  const height = ({ charsPerLine, chromeRem }: (typeof LAYOUTS)[keyof typeof LAYOUTS]) =>
    `${(chromeRem + countWrappedLines(text, charsPerLine) * LINE_REM).toFixed(1)}rem`;
  return { wide: height(LAYOUTS.wide), narrow: height(LAYOUTS.narrow) };
}
