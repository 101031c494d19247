// src/site/content-lint/components.ts: the props of <Term> and <TryIt> checked for every page in one pass, so a
// build reports every wrong id at once with its line (the components themselves stop at the first).
import { visit } from 'unist-util-visit';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Problem } from '../../checks/problem.ts';
import { interactions, type InteractionKey } from '../../spec/interactions.ts';
import { listExampleNames } from '../../widgets/examples/index.ts';
import { nearest } from '../did-you-mean.ts';
import type { ParsedPage } from './parse-page.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

const literalProp = (element: Element, name: string) => {
  const attribute = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

export function checkComponentProps(page: ParsedPage, glossaryIds: ReadonlySet<string>): Problem[] {
  if (!page.tree) return [];
  const problems: Problem[] = [];
  const report = (element: Element, message: string, fix: string) =>
    problems.push({
      file: page.file,
      line: element.position?.start.line,
      column: element.position?.start.column,
      message,
      fix,
    });
  const check = (element: Element) => {
    if (element.name === 'Term') {
      const id = literalProp(element, 'id');
      if (id !== undefined && !glossaryIds.has(id)) {
        const guess = nearest(id, glossaryIds);
        report(
          element,
          `<Term id="${id}">: no such entry in content/glossary.yaml`,
          guess ? `did you mean "${guess}"? Otherwise add the entry to content/glossary.yaml` : 'add the entry',
        );
      }
    }
    if (element.name === 'TryIt') {
      const interaction = literalProp(element, 'interaction');
      const example = literalProp(element, 'example');
      if (interaction === undefined) return;
      if (!Object.hasOwn(interactions, interaction)) {
        report(
          element,
          `<TryIt interaction="${interaction}">: no such interaction in src/spec/interactions.ts`,
          `use one of ${Object.keys(interactions).join(', ')}`,
        );
        return;
      }
      const names = listExampleNames(interaction as InteractionKey);
      if (example !== undefined && !names.includes(example)) {
        const guess = nearest(example, names);
        report(
          element,
          `<TryIt interaction="${interaction}" example="${example}">: no such example`,
          `${guess ? `did you mean "${guess}"? ` : ''}the examples of ${interaction} are ${names.join(', ')}`,
        );
      }
    }
  };
  visit(page.tree, 'mdxJsxFlowElement', check);
  visit(page.tree, 'mdxJsxTextElement', check);
  return problems;
}
