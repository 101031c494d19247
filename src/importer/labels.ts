// src/importer/labels.ts: maps the design-decision label spans (`label-success` and friends) to <DecisionLabel>.
import type { ImportNote } from './types.ts';

export type DecisionKind = 'SELECTED' | 'DECISION' | 'ASSUMPTION';

/** The old theme's label colour for each kind: success SELECTED, info DECISION, warning ASSUMPTION. */
const KIND_BY_CLASS: Record<string, DecisionKind> = {
  'label-success': 'SELECTED',
  'label-info': 'DECISION',
  'label-warning': 'ASSUMPTION',
};

/**
 * The <DecisionLabel> for a span with these classes and this text, or undefined for a span that is not a
 * decision label. The text wins over the colour, since authors sometimes picked the wrong colour.
 */
export function decisionLabel(classes: string, text: string, line: number, notes: ImportNote[]): string | undefined {
  const kindClass = classes.split(/\s+/).find((name) => name in KIND_BY_CLASS);
  if (!kindClass) return undefined;
  const word = text.trim().toUpperCase();
  const kind: DecisionKind =
    word === 'SELECTED' || word === 'DECISION' || word === 'ASSUMPTION' ? word : KIND_BY_CLASS[kindClass]!;
  if (kind !== word) {
    notes.push({
      line,
      construct: `<span class="${classes}">`,
      message: `label text "${text.trim()}" is not a decision kind; shown as ${kind}`,
    });
  }
  return `<DecisionLabel kind="${kind}" />`;
}
