// The last ten requests sent from a page, kept in sessionStorage so they last as long as the browser tab.
import type { RequestDraft } from '../request/draft.ts';

export interface HistoryEntry {
  /** ISO time of the send. */
  at: string;
  /** Method and URL as sent, for the list label. */
  label: string;
  status: number | null;
  draft: RequestDraft;
}

export const HISTORY_LIMIT = 10;

interface Storage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const keyFor = (page: string) => `gpc-tryit-history:${page}`;

export function loadHistory(storage: Storage | undefined, page: string): HistoryEntry[] {
  try {
    const entries = JSON.parse(storage?.getItem(keyFor(page)) ?? '[]') as unknown;
    return Array.isArray(entries) ? (entries as HistoryEntry[]).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Puts the entry first and keeps the newest ten; returns the list as stored. */
export function addToHistory(storage: Storage | undefined, page: string, entry: HistoryEntry): HistoryEntry[] {
  const entries = [entry, ...loadHistory(storage, page)].slice(0, HISTORY_LIMIT);
  storage?.setItem(keyFor(page), JSON.stringify(entries));
  return entries;
}
