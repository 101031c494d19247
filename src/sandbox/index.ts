// The GP Connect sandbox: one Web-standard handler. Hosts (the page's widget, the Node server, an edge function) adapt
// only the transport and choose the store.
import { DEFAULT_ENABLEMENT, type Enablement } from './config.ts';
import { createSeed } from './data/appointments.ts';
import { createHandler } from './handler.ts';
import type { ConfigurableSandbox } from './sandbox-types.ts';
import { createMemoryStore, type BookingStore } from './store.ts';

export interface SandboxOptions {
  /** Where bookings and registrations live; in memory by default. */
  store?: BookingStore;
  /** The sandbox clock; tests pin it. */
  now?: () => Date;
  /** Practices' enablement switches; by default everything is on except ARS and Access Document at X12345. */
  enablement?: Enablement;
  /**
   * The origin consumers reach the sandbox at (`https://sandbox.example`), for Location and other absolute URLs.
   * Hosts that build the request URL from a Host header must set it; without it, the request URL's origin is used.
   */
  publicOrigin?: string;
}

export function createSandbox(options: SandboxOptions = {}): ConfigurableSandbox {
  const store = options.store ?? createMemoryStore();
  const now = options.now ?? (() => new Date());
  const enablement = options.enablement ?? DEFAULT_ENABLEMENT;
  const handlerFor = (switches: Enablement) =>
    createHandler({
      store,
      now,
      enablement: switches,
      ...(options.publicOrigin ? { publicOrigin: new URL(options.publicOrigin).origin } : {}),
    });
  return {
    handle: handlerFor(enablement),
    reset: () => store.reset(createSeed(now())),
    withEnablement: (change) => handlerFor(change(enablement)),
  };
}

const defaultSandbox = createSandbox();

/** A shared in-memory sandbox, for hosts that need no options. */
export const handle = (request: Request): Promise<Response> => defaultSandbox.handle(request);

export type { Sandbox, ConfigurableSandbox } from './sandbox-types.ts';
export { SpineError } from './spine-error.ts';
export { createMemoryStore, createStorageStore } from './store.ts';
export type { BookingStore, KeyValueStorage, StoredAppointment, Registration } from './store.ts';
export { DEFAULT_ENABLEMENT } from './config.ts';
export type { Enablement, PracticeSwitches } from './config.ts';
export { RESET_PATH } from './handler.ts';
export { SSP_PREFIX } from './spine/ssp.ts';
export type { InteractionContext, InteractionHandler } from './provider/types.ts';
export { withAssurance, ASSURANCE_PATH, gradeConsumer, createMemoryLog, createStorageLog } from './assurance/index.ts';
export type { AssuranceLog, AssuranceRecord, AssuranceReport, ObligationReport } from './assurance/index.ts';
export { withFaults, faultScenarios, FAULTS_PATH, FAULT_HEADER } from './faults/index.ts';
export type { FaultKey, FaultScenario } from './faults/index.ts';
