// A request's body read once, however many layers need it: the assurance log grades a structured record request's
// and a booking's body, the faults read a structured record request's, the SSP forwards it, and the handler reads it
// too. Reading it through here spares the copy of the request each of them needed to leave the body unread.
const bodies = new WeakMap<Request, Promise<ArrayBuffer>>();

/** The bytes of `request`'s body, read on the first call; the same buffer on every call, so callers must not change it. */
export function bodyOf(request: Request): Promise<ArrayBuffer> {
  let body = bodies.get(request);
  if (!body) {
    body = request.arrayBuffer();
    bodies.set(request, body);
  }
  return body;
}
