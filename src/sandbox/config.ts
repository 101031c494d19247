// Sandbox configuration: the practices' enablement switches (https://developer.nhs.uk/apis/gpconnect/development_api_non_functional_requirements.html, https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html), as a provider's data controller sets them.
import type { CapabilityKey, ClinicalArea } from '../spec/index.ts';

/** The switches of one practice. Anything left out is on. */
export interface PracticeSwitches {
  /** GP Connect as a whole. */
  gpConnect?: boolean;
  /** One switch per capability. */
  capabilities?: Partial<Record<CapabilityKey, boolean>>;
  /** ARS clinical areas switched off at the practice. */
  disabledAreas?: ClinicalArea[];
}

/** Switches by practice ODS code. */
export type Enablement = Record<string, PracticeSwitches>;

/**
 * The sandbox's default: everything on, except that X12345 (ORG3, the practice with no slots) has Access Record
 * Structured and Access Document switched off, so the 403 ACCESS DENIED answer can be tried without configuration.
 */
export const DEFAULT_ENABLEMENT: Enablement = {
  X12345: { capabilities: { structured: false, documents: false } },
};

export function isCapabilityEnabled(enablement: Enablement, odsCode: string, capability: CapabilityKey): boolean {
  const switches = enablement[odsCode];
  return switches?.gpConnect !== false && switches?.capabilities?.[capability] !== false;
}

export const disabledAreasOf = (enablement: Enablement, odsCode: string): ReadonlySet<ClinicalArea> =>
  new Set(enablement[odsCode]?.disabledAreas ?? []);
