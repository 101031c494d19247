// String literals for each target language, so any header value or body survives the copy byte for byte.

/** POSIX shell: single quotes, with any single quote closed, escaped and reopened. */
export function quoteShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A JSON string literal: also valid in JavaScript, Python, Java and Go. JSON writes every control character as
 * \n, \r, \t or \u00XX, so no raw line break (nor Java's early \u000a rewrite) can end the literal.
 */
export function quoteJson(text: string): string {
  return JSON.stringify(text);
}

/** C# verbatim string: only the double quote needs doubling. */
export function quoteCSharp(text: string): string {
  return `@"${text.replace(/"/g, '""')}"`;
}

/** PHP and Ruby single-quoted strings: no interpolation; only the backslash and the quote are escaped. */
export function quoteSingle(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** PowerShell single-quoted string: no interpolation; a quote is doubled. */
export function quotePowerShell(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
