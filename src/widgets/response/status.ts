// The status line of a response: code and reason phrase, with a reason filled in when the target sent none.

/** Reason phrases for the statuses GP Connect uses; the in-page sandbox and HTTP/2 targets send none. */
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
};

export function describeStatus(response: { status: number; statusText: string }): string {
  return `${response.status} ${response.statusText || REASONS[response.status] || ''}`.trim();
}
