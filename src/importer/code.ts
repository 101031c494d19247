// src/importer/code.ts: sets fenced code blocks and inline code spans aside, so no later stage escapes or rewrites
// what a code sample shows.
import type { ProtectedText } from './protected-text.ts';

const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

/** Replaces fenced blocks and code spans with placeholders that restore them byte for byte. */
export function protectCode(input: string, text: ProtectedText): string {
  return protectSpans(protectFences(input, text), text);
}

function protectFences(input: string, text: ProtectedText): string {
  const lines = input.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i]!);
    if (!open || (open[2]![0] === '`' && open[3]!.includes('`'))) {
      out.push(lines[i]!);
      continue;
    }
    const marker = open[2]!;
    let end = i + 1;
    while (
      end < lines.length &&
      !new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(lines[end]!)
    )
      end += 1;
    // CommonMark: a fence never closed runs to the end of the document.
    const block = lines.slice(i, Math.min(end + 1, lines.length)).join('\n');
    out.push(text.protect(block, block));
    i = end;
  }
  return out.join('\n');
}

function protectSpans(input: string, text: ProtectedText): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const start = input.indexOf('`', i);
    if (start === -1) break;
    if (start > 0 && input[start - 1] === '\\') {
      out += input.slice(i, start + 1);
      i = start + 1;
      continue;
    }
    let run = 1;
    while (input[start + run] === '`') run += 1;
    const close = findRun(input, start + run, run);
    if (close === -1) {
      out += input.slice(i, start + run);
      i = start + run;
      continue;
    }
    const span = input.slice(start, close + run);
    out += input.slice(i, start) + text.protect(span, span);
    i = close + run;
  }
  return out + input.slice(i);
}

/** Index of the next run of exactly `length` backticks, not crossing a blank line. */
function findRun(input: string, from: number, length: number): number {
  const limit = input.indexOf('\n\n', from);
  const re = /`+/g;
  re.lastIndex = from;
  for (let match = re.exec(input); match; match = re.exec(input)) {
    if (limit !== -1 && match.index > limit) return -1;
    if (match[0].length === length) return match.index;
  }
  return -1;
}
