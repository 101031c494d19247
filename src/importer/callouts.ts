// src/importer/callouts.ts: maps the old theme's callout includes (note, tip, important, ...) to <Callout>.
import { jsxAttribute } from './jsx.ts';

type CalloutType = 'note' | 'tip' | 'important' | 'warning';

/** Each callout include, and what it becomes; `roadmap` and `todo` had their own look, kept as a title. */
const CALLOUT_INCLUDES: Record<string, { type: CalloutType; title?: string }> = {
  'note.html': { type: 'note' },
  'tip.html': { type: 'tip' },
  'important.html': { type: 'important' },
  'warning.html': { type: 'warning' },
  'roadmap.html': { type: 'note', title: 'Roadmap' },
  'todo.html': { type: 'note', title: 'To do' },
  'callout.html': { type: 'note' },
  'customcallout.html': { type: 'note' },
  'custominfocallout.html': { type: 'note' },
  'download.html': { type: 'note', title: 'Download' },
};

/** `callout.html` takes a Bootstrap colour as its type. */
const BOOTSTRAP_TYPES: Record<string, CalloutType> = {
  danger: 'warning',
  warning: 'warning',
  info: 'note',
  primary: 'note',
  default: 'note',
  success: 'tip',
};

/** The opening <Callout> tag for an include, or undefined when it is not a callout include. */
export function calloutTag(name: string, params: Record<string, string>): string | undefined {
  const mapping = CALLOUT_INCLUDES[name];
  if (!mapping) return undefined;
  const type = name === 'callout.html' ? (BOOTSTRAP_TYPES[params.type ?? ''] ?? 'note') : mapping.type;
  const title = params.title ?? mapping.title;
  return `<Callout ${jsxAttribute('type', type)}${title ? ` ${jsxAttribute('title', title)}` : ''}>`;
}
