// src/exports/collections/usebruno-lang.d.ts: the part of @usebruno/lang (which ships no types) the Bruno writer uses.
declare module '@usebruno/lang' {
  interface BruLang {
    /** A request as .bru text. */
    jsonToBruV2(json: Record<string, unknown>): string;
    /** collection.bru or folder.bru text. */
    jsonToCollectionBru(json: Record<string, unknown>): string;
    /** An environment as .bru text. */
    envJsonToBruV2(json: {
      variables: Array<{ name: string; value: string; enabled: boolean; secret: boolean }>;
    }): string;
  }
  const bruLang: BruLang;
  export default bruLang;
}
