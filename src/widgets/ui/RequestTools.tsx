// Copy the request as code, share it as a link, recall the page's last ten requests, and reset the sandbox.
import { useState } from 'preact/hooks';
import { codeLanguages, type CodeLanguage } from '../code-export/labels.ts';
import type { WireRequest } from '../../consumer/wire.ts';
import type { HistoryEntry } from '../session/history.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A request ready to copy, with the notes its copy carries (prerequisites just sent, for example). */
export interface CopyableRequest {
  request: WireRequest;
  notes: string[];
}

export function RequestTools({
  buildRequest,
  shareUrl,
  history,
  onRestore,
  onReset,
  disabled,
}: {
  /** Builds the request to copy; dependent examples first send what they need, as Send does. */
  buildRequest: () => Promise<CopyableRequest>;
  shareUrl: () => string;
  history: HistoryEntry[];
  onRestore: (entry: HistoryEntry) => void;
  onReset: () => void;
  disabled: boolean;
}) {
  const [code, setCode] = useState<{ language: CodeLanguage; text: string } | undefined>();
  const [share, setShare] = useState<string | undefined>();
  const [note, setNote] = useState('');

  const copyAs = async (language: CodeLanguage) => {
    // The exporters load on the first copy: most readers never copy, so they stay out of the page's first load.
    const [{ exportRequest }, { describeTokenExpiry }, copyable] = await Promise.all([
      import('../code-export/index.ts'),
      import('../code-export/notes.ts'),
      buildRequest(),
    ]);
    const expiry = describeTokenExpiry(copyable.request);
    const text = exportRequest(language, copyable.request, [...copyable.notes, ...(expiry ? [expiry] : [])]);
    const { label } = codeLanguages[language];
    setCode({ language, text });
    setNote(
      `${(await copyText(text)) ? `Copied as ${label}.` : `Select the ${label} code below to copy it.`}${expiry ? ` ${expiry}` : ''}`,
    );
  };
  const copyShare = async () => {
    const url = shareUrl();
    setShare(url);
    setNote((await copyText(url)) ? 'Copied the share link.' : 'Select the link below to copy it.');
  };

  return (
    <div class="tryit-tools">
      <div class="tryit-tools__row" role="group" aria-label="Copy the request as code">
        <span>Copy as</span>
        {(Object.keys(codeLanguages) as CodeLanguage[]).map((language) => (
          <button type="button" key={language} disabled={disabled} onClick={() => copyAs(language)}>
            {codeLanguages[language].label}
          </button>
        ))}
      </div>
      <div class="tryit-tools__row">
        <button type="button" disabled={disabled} onClick={copyShare}>
          Copy share link
        </button>
        <button type="button" disabled={disabled} onClick={onReset}>
          Reset sandbox data
        </button>
      </div>
      <p class="tryit-hint" aria-live="polite">
        {note}
      </p>
      {code ? (
        <pre
          class="tryit-code"
          data-language={code.language}
          aria-label={`The request as ${codeLanguages[code.language].label}`}
          tabIndex={0}
        >
          {code.text}
        </pre>
      ) : null}
      {share ? (
        <label class="tryit-field">
          Share link
          <input readOnly value={share} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
      {history.length > 0 ? (
        <details class="tryit-history">
          <summary>Requests sent from this page ({history.length})</summary>
          <ol>
            {history.map((entry, index) => (
              <li key={index}>
                <button type="button" onClick={() => onRestore(entry)}>
                  Restore
                </button>{' '}
                <span>{entry.status ?? 'no response'}</span> <code>{entry.label}</code>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
