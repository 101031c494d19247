// src/importer/liquid-engine.ts: runs the Liquid a converter cannot map to MDX (conditionals, loops, assignments,
// `{{ site.x }}`) with liquidjs against the site's variables, as Jekyll would have at build time. Includes are left
// in the output untouched, for the include converter to map onto portal components.
import { Liquid, type TagToken } from 'liquidjs';

const engine = new Liquid({ jekyllInclude: true });
engine.registerTag('include', {
  parse(token: TagToken) {
    this.source = token.getText();
  },
  render() {
    return this.source as string;
  },
});
const strict = new Liquid({ strictVariables: true, strictFilters: true });

/** The variables a page's Liquid sees: `site`, `page` and, inside an include, `include`. */
export type LiquidScope = Record<string, unknown>;

/** Renders `template`; a syntax error or an unknown filter comes back as an Error to report. */
export function renderLiquid(template: string, scope: LiquidScope): string | Error {
  try {
    return engine.parseAndRenderSync(template, scope);
  } catch (error) {
    return error as Error;
  }
}

/**
 * The text of a `{{ expression }}` whose variables are all defined, or undefined (an unknown variable, or a value
 * such as a list that has no text of its own).
 */
export function evaluateOutput(expression: string, scope: LiquidScope): string | undefined {
  try {
    const value: unknown = strict.evalValueSync(expression, scope);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
  } catch {
    return undefined;
  }
}
