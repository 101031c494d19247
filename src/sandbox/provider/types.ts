// What a provider handler receives: the validated request and everything the sandbox knows about it.
import type { ClinicalArea, Interaction, Practice } from '../../spec/index.ts';
import type { JwtClaims } from '../validate/jwt.ts';
import type { BookingStore } from '../store.ts';

export interface InteractionContext {
  request: Request;
  /** The request URL as the provider sees it: the SSP prefix, if any, is removed; query parameters are intact. */
  url: URL;
  /** The service root URL the request was addressed to (`{origin}/{ODS}/STU3/1/{segment}`), for Location and links. */
  baseUrl: string;
  interaction: Interaction;
  practice: Practice;
  /** Values of the path template's placeholders, such as `{ id: '2' }` for `/Patient/{id}`. */
  params: Record<string, string>;
  /** The `Ssp-TraceID` header. */
  traceId: string;
  /** The decoded, validated JWT payload. */
  claims: JwtClaims;
  store: BookingStore;
  /** The sandbox clock at the time of the request. */
  now: Date;
  /** ARS clinical areas switched off at this practice (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html); the provider answers 200 with a warning. */
  disabledAreas: ReadonlySet<ClinicalArea>;
  /**
   * Throws 403 ACCESS DENIED when GP Connect or this capability is switched off at the practice. Call it after the
   * parameters are checked and before the patient is looked up (the reference provider's order, listed among the decisions on the Sandbox page). If a handler never calls it,
   * the sandbox still replaces a successful answer from a disabled capability with 403.
   */
  assertEnabled(): void;
}

/** One interaction's implementation. Failures are thrown as SpineError; the handler turns them into responses. */
export type InteractionHandler = (ctx: InteractionContext) => Promise<Response>;
