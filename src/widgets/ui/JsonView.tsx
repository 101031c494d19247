// A response body as collapsible, highlighted JSON. Tokens are rendered as text nodes with colours from Shiki,
// never as HTML, so markup inside a hostile response shows up as the characters it is.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadJsonHighlighter, type HighlightedLine } from './highlight.ts';

/** Bodies above this size are shown plain: highlighting them would freeze the page for little gain. */
const HIGHLIGHT_LIMIT = 400_000;

/** For each line that opens an object or array, the index of the line that closes it. */
export function findFoldRanges(lines: string[]): Map<number, number> {
  const ranges = new Map<number, number>();
  const open: number[] = [];
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (/^[}\]]/.test(trimmed)) {
      const start = open.pop();
      if (start !== undefined && index - start > 1) ranges.set(start, index);
    }
    if (/[{[]$/.test(trimmed)) open.push(index);
  });
  return ranges;
}

export function JsonView({ text, label }: { text: string; label: string }) {
  const pretty = useMemo(() => {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return undefined;
    }
  }, [text]);
  const lines = useMemo(() => (pretty ?? text).split('\n'), [pretty, text]);
  const folds = useMemo(() => (pretty ? findFoldRanges(lines) : new Map<number, number>()), [pretty, lines]);
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [tokens, setTokens] = useState<HighlightedLine[] | undefined>();

  useEffect(() => {
    setCollapsed(new Set());
    setTokens(undefined);
    if (!pretty || pretty.length > HIGHLIGHT_LIMIT) return;
    let current = true;
    loadJsonHighlighter().then(
      (highlight) => current && setTokens(highlight(pretty)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [pretty]);

  const toggle = (line: number) => {
    const next = new Set(collapsed);
    if (next.has(line)) next.delete(line);
    else next.add(line);
    setCollapsed(next);
  };

  const rows = [];
  for (let index = 0; index < lines.length; index++) {
    const end = folds.get(index);
    const isCollapsed = end !== undefined && collapsed.has(index);
    const content =
      tokens?.[index]?.map((token, key) => (
        <span key={key} style={{ '--tryit-light': token.light, '--tryit-dark': token.dark }}>
          {token.content}
        </span>
      )) ?? lines[index];
    rows.push(
      <div class="tryit-json__line" key={index}>
        {end !== undefined ? (
          <button
            type="button"
            class="tryit-json__fold"
            aria-expanded={!isCollapsed}
            aria-label={`${isCollapsed ? 'Expand' : 'Collapse'} lines ${index + 2} to ${end}`}
            onClick={() => toggle(index)}
          >
            {isCollapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span class="tryit-json__gutter" aria-hidden="true" />
        )}
        <code>
          {content}
          {isCollapsed ? <span class="tryit-json__more"> … {end - index - 1} lines</span> : null}
        </code>
      </div>,
    );
    if (isCollapsed) index = end - 1;
  }
  return (
    <div class="tryit-json" role="region" aria-label={label} tabIndex={0}>
      {rows}
    </div>
  );
}
