// The JSON object test every body, claim and resource reader uses before it looks inside a value.

/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
