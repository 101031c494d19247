// A request's URL parsed once, however many layers look at it: the assurance log, the faults, the format choice and
// the router each need the path, and parsing it again in each was a measurable share of a request's cost.
const parsed = new WeakMap<Request, URL>();

/** The parsed URL of `request`; the same object on every call, so callers must not change it. */
export function urlOf(request: Request): URL {
  let url = parsed.get(request);
  if (!url) {
    url = new URL(request.url);
    parsed.set(request, url);
  }
  return url;
}
