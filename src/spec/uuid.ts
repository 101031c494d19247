// src/spec/uuid.ts: the one UUID helper for the sandbox, the consumer core and the widgets.
// crypto.randomUUID exists only in secure contexts, so a page served over plain HTTP (a LAN host, a preview) lacks
// it; crypto.getRandomValues works everywhere, and a version 4 UUID needs nothing more. Where randomUUID exists it is
// used: Node's draws from a cached pool of random bytes and is several times faster than the hex-building fallback,
// and the sandbox server makes one for every Bundle it answers.

/** A random (version 4) UUID in lowercase, as Ssp-TraceID and Bundle ids are written. */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A UUID in its 8-4-4-4-12 hex form, either case: what a provider accepts as Ssp-TraceID. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
