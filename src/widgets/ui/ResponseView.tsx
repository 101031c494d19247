// The answer: status and reason, time, the OperationOutcome explained, a Bundle outline, headers and the body.
import { useEffect, useState } from 'preact/hooks';
import { explainResponse } from '../explain/index.ts';
import type { WireRequest, WireResponse } from '../../consumer/wire.ts';
import { indentXml, isXmlResponse, readXmlBody } from '../response/body.ts';
import { outlineBundle } from '../response/outline.ts';
import { describeStatus } from '../response/status.ts';
import type { TransportFailure } from '../transport/index.ts';
import { JsonView } from './JsonView.tsx';

export interface SendOutcome {
  request: WireRequest;
  interaction: string;
  response?: WireResponse;
  failure?: TransportFailure;
  /** Requests sent first because the example needed their results. */
  prerequisites: string[];
}

export function ResponseView({ outcome }: { outcome: SendOutcome }) {
  const { response, failure, request } = outcome;
  return (
    <section class="tryit-response" aria-label="Response">
      {outcome.prerequisites.length > 0 ? (
        <p class="tryit-hint">
          First sent, because this example needs their results: {outcome.prerequisites.join('; ')}.
        </p>
      ) : null}
      {failure ? (
        <div class="tryit-failure" data-failure={failure.kind}>
          <p>
            <strong>
              No response:{' '}
              {failure.kind === 'cors'
                ? 'blocked by CORS'
                : failure.kind === 'refused'
                  ? 'connection refused'
                  : failure.kind}
              .
            </strong>{' '}
            {failure.message}
          </p>
          <p>{failure.advice}</p>
        </div>
      ) : null}
      {response ? <ResponseBody response={response} request={request} interaction={outcome.interaction} /> : null}
    </section>
  );
}

function ResponseBody({
  response,
  request,
  interaction,
}: {
  response: WireResponse;
  request: WireRequest;
  interaction: string;
}) {
  const xml = isXmlResponse(response);
  // An XML answer is read back into JSON by a module loaded only now; a JSON answer is read at once.
  const [fromXml, setFromXml] = useState<unknown>(undefined);
  useEffect(() => {
    setFromXml(undefined);
    if (!xml) return;
    let current = true;
    void readXmlBody(response.body).then((json) => current && setFromXml(json));
    return () => {
      current = false;
    };
  }, [response, xml]);
  let parsed: unknown = fromXml;
  if (!xml) {
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = undefined;
    }
  }
  const explanations = explainResponse(parsed, {
    interaction,
    url: request.url,
    body: request.body,
    headers: request.headers,
  });
  const outline = outlineBundle(parsed);
  const tone = response.status < 300 ? 'ok' : response.status < 500 ? 'client' : 'server';
  return (
    <>
      <p class={`tryit-status tryit-status--${tone}`}>
        <strong data-testid="status">{describeStatus(response)}</strong> <span>{response.ms} ms</span>
        <span class="tryit-status__url">
          {request.method} {request.url}
        </span>
      </p>
      {explanations.map((item, index) => (
        <div class="tryit-explain" key={index} data-testid="explanation">
          <p>
            <strong>
              <code>{item.code}</code>
            </strong>{' '}
            ({item.severity}): {item.display}
          </p>
          <p>{item.meaning}</p>
          <p>
            <strong>Likely cause here:</strong> {item.cause}
          </p>
          {item.diagnostics ? (
            <p>
              Diagnostics: <q>{item.diagnostics}</q>
            </p>
          ) : null}
          {item.link ? (
            <p>
              <a href={item.link}>{item.code} in the error table</a>
            </p>
          ) : null}
        </div>
      ))}
      {outline ? (
        <details class="tryit-outline" open>
          <summary>
            Bundle ({outline.bundleType}): {outline.entries} entries
          </summary>
          <ul>
            {outline.byType.map((group) => (
              <li key={group.resourceType}>
                {group.resourceType}: {group.count}
              </li>
            ))}
          </ul>
          {outline.lists.length > 0 ? (
            <>
              <p>Lists</p>
              <ul data-testid="list-outline">
                {outline.lists.map((list, index) => (
                  <li key={index}>
                    {list.title}: {list.items} {list.items === 1 ? 'item' : 'items'}
                    {list.note ? ` (${list.note})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : null}
      <details class="tryit-headers">
        <summary>Response headers ({response.headers.length})</summary>
        <dl>
          {response.headers.map(([name, value], index) => (
            <div key={index}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {response.body ? (
        <JsonView text={xml ? indentXml(response.body) : response.body} label="Response body" />
      ) : (
        <p class="tryit-hint">The response has no body.</p>
      )}
    </>
  );
}
