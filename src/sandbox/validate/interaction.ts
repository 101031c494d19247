// Checks that Ssp-InteractionID names a known interaction that fits the verb, the route and the path (the third check of handleProvider in handler.ts).
import { SSP_HEADERS, capabilities, findInteractionById, type Interaction } from '../../spec/index.ts';
import type { ProviderRoute } from '../router.ts';
import { matchTemplate } from '../router.ts';
import { SpineError } from '../spine-error.ts';

export interface ResolvedInteraction {
  interaction: Interaction;
  params: Record<string, string>;
}

export function resolveInteraction(method: string, headers: Headers, route: ProviderRoute): ResolvedInteraction {
  const id = (headers.get(SSP_HEADERS.interactionId) ?? '').trim();
  const interaction = findInteractionById(id);
  if (!interaction) {
    throw new SpineError(
      'BAD_REQUEST',
      `The ${SSP_HEADERS.interactionId} ${JSON.stringify(id.slice(0, 120))} is not a GP Connect 1.x interaction ID (they are case-sensitive).`,
    );
  }
  if (interaction.base !== route.segment) {
    throw new SpineError(
      'BAD_REQUEST',
      `${interaction.id} (${interaction.name}) belongs to the ${capabilities[interaction.capability].name} service root ".../${interaction.base}", but the request went to ".../${route.segment}".`,
    );
  }
  // spec: the wrong HTTP verb for the interaction → 400 BAD_REQUEST
  if (method !== interaction.method) {
    throw new SpineError(
      'BAD_REQUEST',
      `${interaction.name} (${interaction.id}) uses ${interaction.method}, not ${method}.`,
    );
  }
  const params = matchTemplate(interaction.path, route.relativePath);
  if (!params) {
    throw new SpineError(
      'BAD_REQUEST',
      `${interaction.name} (${interaction.id}) is ${interaction.method} [base]${interaction.path}, but the path is ${JSON.stringify(route.relativePath.slice(0, 200))}.`,
    );
  }
  return { interaction, params };
}
