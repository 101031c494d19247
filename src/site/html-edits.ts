// src/site/html-edits.ts: changes to rendered HTML as replacements of character ranges of the original text, so that
// several passes can share one parse and everything they do not touch stays byte for byte.

export interface HtmlEdit {
  /** Replaces html.slice(start, end) (an insertion where start === end) with `text`. */
  start: number;
  end: number;
  text: string;
}

/** Applies edits that do not overlap; insertions at one position keep the order they are listed in. */
export function applyEdits(html: string, edits: HtmlEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) throw new Error(`HTML edits overlap at offset ${edit.start}`);
    result += html.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + html.slice(cursor);
}
