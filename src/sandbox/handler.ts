// Routes one request by pathname to the provider, the SSP, PDS, SDS or the reset hook. It knows nothing of its host.
import { findPractice, practiceList } from '../spec/index.ts';
import { disabledAreasOf, isCapabilityEnabled, type Enablement } from './config.ts';
import { createSeed } from './data/appointments.ts';
import { answerInRequestedFormat } from './format/answer.ts';
import { providerHandlers } from './provider/index.ts';
import type { InteractionContext } from './provider/types.ts';
import { parseProviderPath, type ProviderRoute } from './router.ts';
import { urlOf } from './request-url.ts';
import { handlePds } from './spine/pds.ts';
import { handleSds } from './spine/sds.ts';
import { handleSsp, SSP_PREFIX } from './spine/ssp.ts';
import { SpineError, buildOperationOutcome, toErrorResponse } from './spine-error.ts';
import { fhirResponse } from './respond.ts';
import type { BookingStore } from './store.ts';
import { checkContentNegotiation } from './validate/content.ts';
import { checkSspHeaders, checkSspTo } from './validate/headers.ts';
import { resolveInteraction } from './validate/interaction.ts';
import { checkScope, verifyJwt } from './validate/jwt.ts';

export interface HandlerDependencies {
  store: BookingStore;
  now: () => Date;
  enablement: Enablement;
  /** The public origin for absolute URLs (Location, fullUrl); without it, the request URL's own origin. */
  publicOrigin?: string;
}

export const RESET_PATH = '/_sandbox/reset';

const accessDenied = (ctx: Pick<InteractionContext, 'practice' | 'interaction'>) =>
  new SpineError(
    'ACCESS DENIED',
    `${ctx.interaction.name} is switched off at ${ctx.practice.odsCode} (${ctx.practice.name}); the practice's data controller has not enabled it.`,
  );

/**
 * The provider side: practice, Ssp-* headers, interaction ID, JWT, content types, scope, then the interaction
 * (https://developer.nhs.uk/apis/gpconnect-1-6-2/development_fhir_error_handling_guidance.html). `origin` is the provider's public origin: absolute URLs never come from a Host header.
 */
async function handleProvider(
  request: Request,
  url: URL,
  route: ProviderRoute,
  deps: HandlerDependencies,
  origin: string,
): Promise<Response> {
  const practice = findPractice(route.odsCode);
  if (!practice) {
    throw new SpineError(
      'NO_RECORD_FOUND',
      `No sandbox practice has the ODS code ${JSON.stringify(route.odsCode.slice(0, 40))}; try ${practiceList.map((p) => p.odsCode).join(', ')}.`,
    );
  }
  const traceId = checkSspHeaders(request.headers);
  checkSspTo(request.headers, practice);
  const { interaction, params } = resolveInteraction(request.method, request.headers, route);
  const now = deps.now();
  const claims = verifyJwt(request.headers.get('Authorization'), interaction, now);
  checkContentNegotiation(request, url);
  checkScope(claims, interaction);

  // spec: the migrate interactions ignore every switch (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html, https://developer.nhs.uk/apis/gpconnect/access_documents_development_migrate_patient_documents.html)
  const switchable = interaction.reason !== 'migration';
  const enabled = !switchable || isCapabilityEnabled(deps.enablement, practice.odsCode, interaction.capability);
  let assertedEnabled = false;
  await deps.store.ensureSeeded(() => createSeed(now));
  const ctx: InteractionContext = {
    request,
    url,
    baseUrl: `${origin}${route.rootPath}`,
    interaction,
    practice,
    params,
    traceId,
    claims,
    store: deps.store,
    now,
    disabledAreas: switchable ? disabledAreasOf(deps.enablement, practice.odsCode) : new Set(),
    assertEnabled() {
      assertedEnabled = true;
      if (!enabled) throw accessDenied(ctx);
    },
  };
  const response = await providerHandlers[interaction.key](ctx);
  if (!enabled && !assertedEnabled && response.ok) throw accessDenied(ctx);
  return response;
}

/** Builds the request handler over the given state and clock. */
export function createHandler(deps: HandlerDependencies): (request: Request) => Promise<Response> {
  // The SSP forwards to providers only, never to another SSP, Spine or reset URL.
  const forward = (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const providerRoute = parseProviderPath(url.pathname);
    if (!providerRoute) throw new SpineError('BAD_REQUEST', 'The SSP target is not a provider service root URL.');
    // The SSP target names the provider, so its origin is the provider's own.
    return handleProvider(request, url, providerRoute, deps, url.origin);
  };
  const route = async (request: Request): Promise<Response> => {
    const url = urlOf(request);
    const path = url.pathname;
    if (path === RESET_PATH) {
      if (request.method !== 'POST') throw new SpineError('BAD_REQUEST', `Reset the sandbox with POST ${RESET_PATH}.`);
      await deps.store.reset(createSeed(deps.now()));
      return fhirResponse(
        buildOperationOutcome([
          {
            severity: 'information',
            code: 'informational',
            diagnostics: 'The sandbox state was reset: bookings, cancellations and registrations are back to the seed.',
          },
        ]),
      );
    }
    if (path.startsWith('/spine/pds/') || path === '/spine/pds') return handlePds(request, url);
    if (path.startsWith('/spine/sds/') || path === '/spine/sds') return handleSds(request, url);
    if (path.startsWith(SSP_PREFIX)) return handleSsp(request, url, forward);
    const providerRoute = parseProviderPath(path);
    if (providerRoute) return handleProvider(request, url, providerRoute, deps, deps.publicOrigin ?? url.origin);
    throw new SpineError(
      'NO_RECORD_FOUND',
      `Nothing is served at ${JSON.stringify(path.slice(0, 200))}. Provider URLs look like /B82617/STU3/1/gpconnect/metadata; see also ${SSP_PREFIX}https://..., /spine/pds/Patient/{nhsNumber}, /spine/sds/... and POST ${RESET_PATH}.`,
    );
  };
  return answerInRequestedFormat(async (request) => {
    try {
      return await route(request);
    } catch (error) {
      return toErrorResponse(error);
    }
  });
}
