// Why an Ssp-InteractionID is not one GP Connect defines: the one rule the SSP's answer and the try-it explainer both
// apply, so the proxy's diagnostics and the widget's "likely cause" name the same suspect
// (https://developer.nhs.uk/apis/gpconnect/integration_interaction_ids.html).
import { SSP_HEADERS } from '../../spec/headers.ts';
import { findInteractionById, interactionList } from '../../spec/interactions.ts';

/**
 * Nothing for a known interaction ID; otherwise one sentence naming the header as the suspect, with the right
 * spelling when the ID differs from a defined one only in case (interaction IDs are case-sensitive).
 */
export function describeUnknownInteractionId(id: string): string | undefined {
  if (findInteractionById(id)) return undefined;
  if (id === '') return `${SSP_HEADERS.interactionId} is missing, and senders are authorised per interaction ID.`;
  const shown = JSON.stringify(id.slice(0, 120));
  const recased = interactionList.find((interaction) => interaction.id.toLowerCase() === id.toLowerCase());
  return recased
    ? `${SSP_HEADERS.interactionId} ${shown} is not a GP Connect interaction ID: the IDs are case-sensitive; did you mean ${recased.id} (${recased.name})?`
    : `${SSP_HEADERS.interactionId} ${shown} is not a GP Connect interaction ID, so no sender can be authorised for it.`;
}
