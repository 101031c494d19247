// src/importer/sidebars.ts: reads `_data/sidebars/*.yml` into groups and an order for each page, and writes the
// sidebar summary the lead's navigation can read.
import { parse } from 'yaml';
import { documentedCapabilities, type DocumentedCapabilityKey } from '../spec/capabilities.ts';
import { decodeEntities } from './entities.ts';

/** The sidebar placement the sidebar data gives a page. */
export interface Placement {
  order?: number;
  label?: string;
  capability?: DocumentedCapabilityKey;
}

/** Which capability each sidebar of the specification site (`_data/sidebars/`) documents. */
const SIDEBAR_CAPABILITY = new Map(
  (Object.entries(documentedCapabilities) as [DocumentedCapabilityKey, { specSidebar: string }][]).map(
    ([key, { specSidebar }]) => [specSidebar, key],
  ),
);

export interface SidebarItem {
  label: string;
  /** The old page name, such as `overview_engage.html`; absent for external links. */
  permalink?: string;
  externalUrl?: string;
  order: number;
}

export interface SidebarGroup {
  label: string;
  items: SidebarItem[];
}

export interface Sidebar {
  name: string;
  capability?: DocumentedCapabilityKey;
  groups: SidebarGroup[];
}

interface RawItem {
  title?: unknown;
  url?: unknown;
  external_url?: unknown;
  folderitems?: unknown;
  subfolders?: unknown;
  subfolderitems?: unknown;
}

/** Parses one sidebar file; folders and their subfolders become groups, numbered in reading order. */
export function parseSidebar(name: string, yamlText: string): Sidebar {
  const data = parse(yamlText) as { entries?: { folders?: RawItem[] }[] } | null;
  const groups: SidebarGroup[] = [];
  let order = 0;
  const addGroup = (label: string, items: unknown) => {
    const group: SidebarGroup = { label, items: [] };
    groups.push(group);
    for (const item of asItems(items)) {
      order += 1;
      const permalink = typeof item.url === 'string' ? item.url.replace(/^\//, '') : undefined;
      const externalUrl = typeof item.external_url === 'string' ? item.external_url : undefined;
      group.items.push({
        label: cleanLabel(item.title),
        ...(permalink ? { permalink } : {}),
        ...(externalUrl ? { externalUrl } : {}),
        order,
      });
      for (const sub of asItems(item.subfolders)) addGroup(cleanLabel(sub.title), sub.subfolderitems);
    }
  };
  for (const entry of data?.entries ?? []) {
    for (const folder of entry.folders ?? []) {
      addGroup(cleanLabel(folder.title), folder.folderitems);
      for (const sub of asItems(folder.subfolders)) addGroup(cleanLabel(sub.title), sub.subfolderitems);
    }
  }
  const capability = SIDEBAR_CAPABILITY.get(name);
  return { name, ...(capability ? { capability } : {}), groups: groups.filter((group) => group.items.length > 0) };
}

function asItems(value: unknown): RawItem[] {
  return Array.isArray(value) ? value.filter((item): item is RawItem => typeof item === 'object' && item !== null) : [];
}

function cleanLabel(title: unknown): string {
  return decodeEntities(String(title ?? '')).trim();
}

/** Where a page sits: in the sidebar its front matter names, or else the first sidebar that lists it. */
export function placePage(
  sidebars: Sidebar[],
  sidebarName: unknown,
  permalink: string | undefined,
  title: string,
): Placement | undefined {
  const own = sidebars.find((sidebar) => sidebar.name === sidebarName);
  const capability = own?.capability;
  for (const sidebar of own ? [own, ...sidebars.filter((other) => other !== own)] : sidebars) {
    for (const group of sidebar.groups) {
      const item = permalink ? group.items.find((candidate) => candidate.permalink === permalink) : undefined;
      if (item) {
        const placeCapability = capability ?? sidebar.capability;
        return {
          order: item.order,
          ...(item.label && item.label !== title ? { label: item.label } : {}),
          ...(placeCapability ? { capability: placeCapability } : {}),
        };
      }
    }
  }
  return capability ? { capability } : undefined;
}

/** The summary written next to the pages: each sidebar's groups with the new path of every page it lists. */
export function summariseSidebars(sidebars: Sidebar[], pathFor: (permalink: string) => string | undefined): string {
  const summary = sidebars.map((sidebar) => ({
    ...sidebar,
    groups: sidebar.groups.map((group) => ({
      label: group.label,
      items: group.items.map((item) => {
        const path = item.permalink ? pathFor(item.permalink) : undefined;
        return { ...item, ...(path ? { path } : {}) };
      }),
    })),
  }));
  return `${JSON.stringify({ sidebars: summary }, null, 2)}\n`;
}
