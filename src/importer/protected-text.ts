// src/importer/protected-text.ts: placeholders for finished MDX, so later stages leave earlier output alone and
// every note can still name the source line it came from.
const TOKEN = /\uE000(\d+)\uE001/g;

interface Slot {
  output: string;
  /** Source line breaks the placeholder stands for, so line numbers stay true after text is replaced. */
  lines: number;
}

export class ProtectedText {
  readonly slots: Slot[] = [];
  readonly firstLine: number;

  /** @param firstLine source line of the first character of the text being converted */
  constructor(firstLine: number) {
    this.firstLine = firstLine;
  }

  /** Returns a placeholder for `output`; `replaced` is the text it stands in for (for line counting). */
  protect(output: string, replaced = ''): string {
    this.slots.push({ output, lines: this.countLines(replaced) });
    return `\uE000${this.slots.length - 1}\uE001`;
  }

  /** Line breaks in `text`, including those that placeholders inside it stand for. */
  countLines(text: string): number {
    let lines = 0;
    for (const char of text) if (char === '\n') lines += 1;
    for (const match of text.matchAll(TOKEN)) lines += this.slots[Number(match[1])]?.lines ?? 0;
    return lines;
  }

  /** Source line of position `index` in `text`. */
  lineAt(text: string, index: number): number {
    return this.firstLine + this.countLines(text.slice(0, index));
  }

  /** Whether a placeholder in `text` stands for output of more than one line (a fenced block, a callout). */
  holdsMultilineOutput(text: string): boolean {
    return [...text.matchAll(TOKEN)].some((match) => this.restore(match[0]).includes('\n'));
  }

  /** Replaces every placeholder with its output, including placeholders nested in outputs. */
  restore(text: string): string {
    let result = text;
    for (let depth = 0; depth < 10 && result.includes('\uE000'); depth += 1) {
      result = result.replace(TOKEN, (_, n: string) => this.slots[Number(n)]?.output ?? '');
    }
    return result;
  }
}
