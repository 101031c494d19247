// src/components/index.ts: everything an author can write in MDX, from one path:
//   import { TryIt, Term, Callout } from '~/components';
// Parts that pages should not use directly live in ./internal/.
export { default as AssuranceReport } from './AssuranceReport.astro';
export { default as Callout } from './Callout.astro';
export { default as DecisionLabel } from './DecisionLabel.astro';
export { default as DeveloperJourney } from './DeveloperJourney.astro';
export { default as Downloads } from './Downloads.astro';
export { default as Glossary } from './Glossary.astro';
export { default as IdentifierSystemTable } from './IdentifierSystemTable.astro';
export { default as InteractionTable } from './InteractionTable.astro';
export { default as ListCodeTable } from './ListCodeTable.astro';
export { default as ParamTable } from './ParamTable.astro';
export { default as ProfileTable } from './ProfileTable.astro';
export { default as SpineErrorTable } from './SpineErrorTable.astro';
export { default as SpineFlow } from './SpineFlow.astro';
export { default as Term } from './Term.astro';
export { default as TryIt } from './TryIt.astro';
