// The shape every sandbox host and wrapper (assurance, faults) relies on, apart from how one is made, so the
// wrappers need not import the module that assembles them.
import type { Enablement } from './config.ts';

export interface Sandbox {
  /** Answers one request as the provider, SSP, PDS or SDS would. Never throws. */
  handle(request: Request): Promise<Response>;
  /** Restores the seed: the same as `POST /_sandbox/reset`. */
  reset(): Promise<void>;
}

/** A sandbox that can also answer with other enablement switches, over the same store and clock. */
export interface ConfigurableSandbox extends Sandbox {
  /** A handler like `handle` whose practices' switches are `change(current)`: the switched-off-area fault uses it. */
  withEnablement(change: (current: Enablement) => Enablement): (request: Request) => Promise<Response>;
}
