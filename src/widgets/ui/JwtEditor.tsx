// The JWT, decoded and encoded side by side: editing either side rewrites the other, and a list names every claim
// the provider would reject before the request is sent.
import { useEffect, useState } from 'preact/hooks';
import type { Interaction } from '../../spec/interactions.ts';
import { checkClaims, refreshClaimTimes, type JwtClaims } from '../../consumer/claims.ts';
import { decodeJwt, encodeJwt } from '../../consumer/jwt.ts';

const pretty = (claims: JwtClaims) => JSON.stringify(claims, null, 2);

export function JwtEditor({
  id,
  token,
  autoTimes,
  interaction,
  onChange,
}: {
  id: string;
  token: string;
  autoTimes: boolean;
  interaction: Interaction;
  onChange: (token: string, autoTimes: boolean) => void;
}) {
  const [tokenText, setTokenText] = useState(token);
  const [claimsText, setClaimsText] = useState(() => {
    const decoded = decodeJwt(token);
    return decoded.ok ? pretty(decoded.payload) : '';
  });
  const [error, setError] = useState<string | undefined>();

  // A change from outside (practice, patient, a restored request) replaces both panes.
  useEffect(() => {
    if (token === tokenText) return;
    setTokenText(token);
    const decoded = decodeJwt(token);
    if (decoded.ok) setClaimsText(pretty(decoded.payload));
    setError(decoded.ok ? undefined : decoded.error);
  }, [token]);

  const editClaims = (text: string) => {
    setClaimsText(text);
    let claims: unknown;
    try {
      claims = JSON.parse(text);
    } catch (problem) {
      setError(`The claims are not valid JSON: ${(problem as Error).message}`);
      return;
    }
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
      setError('The claims must be a JSON object.');
      return;
    }
    setError(undefined);
    const previous = decodeJwt(tokenText);
    const object = claims as JwtClaims;
    const sameTimes = previous.ok && previous.payload.iat === object.iat && previous.payload.exp === object.exp;
    const encoded = encodeJwt(object);
    setTokenText(encoded);
    onChange(encoded, autoTimes && sameTimes);
  };

  const editToken = (text: string) => {
    setTokenText(text);
    const decoded = decodeJwt(text);
    if (decoded.ok) setClaimsText(pretty(decoded.payload));
    setError(decoded.ok ? undefined : decoded.error);
    onChange(text, false);
  };

  const decoded = decodeJwt(tokenText);
  const now = new Date();
  const warnings = decoded.ok
    ? checkClaims(autoTimes ? refreshClaimTimes(decoded.payload, now) : decoded.payload, interaction, now)
    : [];

  return (
    <fieldset class="tryit-jwt">
      <legend>JWT (Authorization: Bearer)</legend>
      <p class="tryit-hint">
        {autoTimes
          ? 'iat and exp are renewed on every send (exp = iat + 300), as a consumer makes a new token per request.'
          : 'iat and exp are sent exactly as edited.'}
      </p>
      <div class="tryit-jwt__panes">
        <label>
          Claims (decoded)
          <textarea
            id={`${id}-claims`}
            rows={14}
            spellcheck={false}
            value={claimsText}
            onInput={(event) => editClaims(event.currentTarget.value)}
          />
        </label>
        <label>
          Token (encoded, ends with '.')
          <textarea
            id={`${id}-token`}
            rows={14}
            spellcheck={false}
            value={tokenText}
            class="tryit-jwt__token"
            onInput={(event) => editToken(event.currentTarget.value)}
          />
        </label>
      </div>
      {error ? (
        <p class="tryit-problem" role="alert">
          {error}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <div class="tryit-warnings" data-testid="jwt-warnings">
          <p>
            <strong>The provider would reject this token:</strong>
          </p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                <code>{warning.claim}</code>: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="tryit-ok">Every claim passes the provider's checks.</p>
      )}
    </fieldset>
  );
}
