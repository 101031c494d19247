// Builds the Spine flow's sequence diagram as SVG markup at build time, so the browser runs no diagram code.
// Each step is a <g data-step="…"> group; the island marks the current one with data-state, and page CSS (with
// Starlight's colour variables) does the highlighting, so dark mode needs nothing here.
import { actors, type Actor, type FlowStep, type Message } from './steps.ts';

const WIDTH = 460;
const GUTTER = 34; // room on the left for the step numbers
const HEAD_HEIGHT = 30;
const ROW = 22;
const STEP_PAD = 8;

export interface DiagramOptions {
  /** Prefix for ids inside the SVG (the arrowhead marker and title), so two diagrams on a page do not clash. */
  idPrefix?: string;
}

/** Escapes text for use inside SVG elements and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function findColumn(actor: Actor): number {
  const index = actors.findIndex((candidate) => candidate.id === actor);
  const first = GUTTER + 38; // half an actor box clear of the step numbers
  const last = WIDTH - 38; // and of the right edge
  return Math.round(first + (index * (last - first)) / (actors.length - 1));
}

function drawMessage(message: Message, y: number, markerId: string): string {
  const from = findColumn(message.from);
  const to = findColumn(message.to);
  const label = escapeXml(message.label);
  if (from === to) {
    // A note on one lifeline: a small loop back to itself, labelled on its right.
    return (
      `<path class="sf-arrow" d="M${from} ${y - 6}h18v10h-16" marker-end="url(#${markerId})"/>` +
      `<text class="sf-label" x="${from + 24}" y="${y + 2}">${label}</text>`
    );
  }
  const tip = to > from ? to - 2 : to + 2;
  const cls = message.isReply ? 'sf-arrow sf-reply' : 'sf-arrow';
  return (
    `<line class="${cls}" x1="${from}" y1="${y}" x2="${tip}" y2="${y}" marker-end="url(#${markerId})"/>` +
    `<text class="sf-label" x="${(from + to) / 2}" y="${y - 5}" text-anchor="middle">${label}</text>`
  );
}

function drawStep(step: FlowStep, index: number, top: number, markerId: string): { markup: string; height: number } {
  const height = step.messages.length * ROW + STEP_PAD;
  const arrows = step.messages.map((message, row) => drawMessage(message, top + STEP_PAD + 8 + row * ROW, markerId));
  const markup =
    `<g class="sf-step" data-step="${step.id}">` +
    `<rect class="sf-band" x="1" y="${top}" width="${WIDTH - 2}" height="${height}" rx="4"/>` +
    `<circle class="sf-badge" cx="16" cy="${top + height / 2}" r="10"/>` +
    `<text class="sf-badge-text" x="16" y="${top + height / 2 + 4}" text-anchor="middle">${index + 1}</text>` +
    `<title>Step ${index + 1}: ${escapeXml(step.title)}</title>` +
    arrows.join('') +
    '</g>';
  return { markup, height };
}

/** Returns the inline SVG for the given steps: a lifeline per actor and one highlighted band per step. */
export function renderSequenceDiagram(steps: FlowStep[], options: DiagramOptions = {}): string {
  const prefix = options.idPrefix ?? 'sf';
  const markerId = `${prefix}-arrowhead`;
  let top = HEAD_HEIGHT + 8;
  const groups: string[] = [];
  steps.forEach((step, index) => {
    const { markup, height } = drawStep(step, index, top, markerId);
    groups.push(markup);
    top += height + 4;
  });
  const height = top + 4;
  const lifelines = actors
    .map(({ id, label }) => {
      const x = findColumn(id);
      return (
        `<line class="sf-lifeline" x1="${x}" y1="${HEAD_HEIGHT}" x2="${x}" y2="${height - 2}"/>` +
        `<rect class="sf-actor" x="${x - 34}" y="2" width="68" height="${HEAD_HEIGHT - 4}" rx="4"/>` +
        `<text class="sf-actor-text" x="${x}" y="${HEAD_HEIGHT / 2 + 5}" text-anchor="middle">${escapeXml(label)}</text>`
      );
    })
    .join('');
  const summary = steps.map((step, index) => `${index + 1}. ${step.title}`).join('; ');
  return (
    `<svg class="sf-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" ` +
    `aria-labelledby="${prefix}-title ${prefix}-desc">` +
    `<title id="${prefix}-title">Sequence diagram of the Spine integration flow</title>` +
    `<desc id="${prefix}-desc">${escapeXml(`Messages between the consumer, PDS, SDS, the SSP and the provider. ${summary}.`)}</desc>` +
    `<defs><marker id="${markerId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" ` +
    `orient="auto-start-reverse"><path class="sf-arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>` +
    lifelines +
    groups.join('') +
    '</svg>'
  );
}
