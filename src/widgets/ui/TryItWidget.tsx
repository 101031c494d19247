// The <TryIt> island. Before hydration (and without JavaScript) it is the static request the page rendered, in the
// same box, with the buttons disabled; once hydrated it edits, sends and explains. Everything heavy (the sandbox,
// Shiki) is loaded by import() on the first send.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { interactions, type InteractionKey } from '../../spec/interactions.ts';
import { findExample } from '../examples/index.ts';
import { buildUrl, buildWireRequest, createDraft, type RequestDraft } from '../request/draft.ts';
import { nextPrerequisite, runPrerequisites } from '../request/prerequisites.ts';
import { addToHistory, loadHistory, type HistoryEntry } from '../session/history.ts';
import { buildShareUrl, readShareFragment } from '../session/share.ts';
import { loadSession, recordResponse, saveSession, type SessionState } from '../session/state.ts';
import { resetSandbox, resolveTargetBase, sendRequest, type Target } from '../transport/index.ts';
import { describeStatus } from '../response/status.ts';
import { RequestTools, type CopyableRequest } from './RequestTools.tsx';
import type { RequestEditor as Editor } from './RequestEditor.tsx';
import type { ResponseView as Viewer, SendOutcome } from './ResponseView.tsx';

export interface TryItWidgetProps {
  interaction: InteractionKey;
  example: string;
  /** Unique on the page; names the share-link fragment. */
  widgetId: string;
  /** Address of `npm run sandbox`, from site-config on the server (client code cannot read process.env). */
  localSandboxUrl: string;
  /** The statically rendered request, shown until the reader opens the editor. */
  children?: ComponentChildren;
}

const storage = (kind: 'localStorage' | 'sessionStorage') => (typeof window === 'undefined' ? undefined : window[kind]);

export default function TryItWidget({ interaction, example, widgetId, localSandboxUrl, children }: TryItWidgetProps) {
  const [hydrated, setHydrated] = useState(false);
  const [draft, setDraft] = useState<RequestDraft | undefined>();
  const [dirty, setDirty] = useState(false);
  const [editing, setEditing] = useState(false);
  const [target, setTarget] = useState<Target>({ kind: 'browser' });
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const root = useRef<HTMLElement>(null);
  // The editor loads when first opened and the response view with the first answer, keeping the first load small.
  const [RequestEditor, setRequestEditor] = useState<typeof Editor | undefined>();
  const [ResponseView, setResponseView] = useState<typeof Viewer | undefined>();
  const openEditor = async (open: boolean) => {
    if (open && !RequestEditor) {
      const module = await import('./RequestEditor.tsx');
      setRequestEditor(() => module.RequestEditor);
    }
    setEditing(open);
  };

  const meta = interactions[interaction];
  const preset = findExample(interaction, example);

  useEffect(() => {
    const shared = readShareFragment(location.hash, widgetId);
    if (shared) {
      setDraft(shared);
      setDirty(true);
      void openEditor(true).then(() => root.current?.scrollIntoView());
    } else {
      setDraft(createDraft(interaction, example, { now: new Date(), session: loadSession(storage('localStorage')) }));
    }
    setHistory(loadHistory(storage('sessionStorage'), location.pathname));
    setHydrated(true);
  }, []);

  const base = resolveTargetBase(target, localSandboxUrl);
  const url = useMemo(() => (draft ? buildUrl(draft, base) : ''), [draft, base]);

  const edit = (next: RequestDraft) => {
    setDraft(next);
    setDirty(true);
  };
  const rebuild = (change: { practice?: string; patient?: string | null }) => {
    if (!draft) return;
    setDraft(
      createDraft(draft.interaction, draft.example, {
        now: new Date(),
        session: loadSession(storage('localStorage')),
        practice: change.practice ?? draft.practice,
        patient: change.patient === undefined ? draft.patient : change.patient,
      }),
    );
    setDirty(false);
  };

  /**
   * The draft to send or copy: an untouched dependent example first runs what it needs (a slot search, a booking)
   * on the chosen target and is rebuilt from the answers (a booked appointment, its latest ETag).
   */
  const prepare = async (
    from: RequestDraft,
  ): Promise<{ current: RequestDraft; session: SessionState; prerequisites: string[] }> => {
    const local = storage('localStorage');
    let session = loadSession(local);
    const prerequisites: string[] = [];
    const need = findExample(from.interaction, from.example)?.needs;
    if (!need || dirty) return { current: from, session, prerequisites };
    if (nextPrerequisite(need, session, { practice: from.practice, patient: from.patient })) {
      const result = await runPrerequisites(need, {
        state: session,
        practice: from.practice,
        patient: from.patient,
        now: () => new Date(),
        send: async (step) => {
          const sent = await sendRequest(target, buildWireRequest(step, { base, now: new Date() }), {
            storage: local!,
          });
          const label = `${interactions[step.interaction].name} → ${sent.ok ? describeStatus(sent.response) : 'no response'}`;
          prerequisites.push(label);
          return sent.ok ? sent.response : undefined;
        },
      });
      session = result.state;
      saveSession(local, session);
    }
    const current = createDraft(from.interaction, from.example, {
      now: new Date(),
      session,
      practice: from.practice,
      patient: from.patient,
    });
    setDraft(current);
    return { current, session, prerequisites };
  };

  const copyable = async (): Promise<CopyableRequest> => {
    const { current, prerequisites } = await prepare(draft!);
    const request = buildWireRequest(current, { base, now: new Date() });
    if (!findExample(current.interaction, current.example)?.needs || dirty) return { request, notes: [] };
    const { describePrerequisites } = await import('../code-export/notes.ts');
    return { request, notes: describePrerequisites(prerequisites, target.kind === 'browser' ? 'page' : 'server') };
  };

  const send = async () => {
    if (!draft || sending) return;
    setSending(true);
    setAnnouncement('Sending…');
    const local = storage('localStorage');
    const prepared = await prepare(draft);
    const { current, prerequisites } = prepared;
    let session = prepared.session;
    const request = buildWireRequest(current, { base, now: new Date() });
    const [result, view] = await Promise.all([
      sendRequest(target, request, { storage: local! }),
      import('./ResponseView.tsx'),
    ]);
    if (!ResponseView) setResponseView(() => view.ResponseView);
    if (result.ok) {
      session = recordResponse(
        session,
        current.interaction,
        { practice: current.practice, patient: current.patient ?? undefined, now: new Date() },
        result.response,
      );
      saveSession(local, session);
      setOutcome({ request, interaction: current.interaction, response: result.response, prerequisites });
      setAnnouncement(`Response ${describeStatus(result.response)} in ${result.response.ms} ms`);
    } else {
      setOutcome({ request, interaction: current.interaction, failure: result.failure, prerequisites });
      setAnnouncement(`No response: ${result.failure.message}`);
    }
    setHistory(
      addToHistory(storage('sessionStorage'), location.pathname, {
        at: new Date().toISOString(),
        label: `${request.method} ${request.url}`,
        status: result.ok ? result.response.status : null,
        draft: current,
      }),
    );
    setSending(false);
  };

  const reset = async () => {
    const local = storage('localStorage');
    const result = await resetSandbox(target, localSandboxUrl, { storage: local! });
    saveSession(local, {});
    setAnnouncement(result.ok ? 'Sandbox data reset to the seed state.' : `Reset failed: ${result.failure.message}`);
    if (draft && !dirty)
      setDraft(
        createDraft(draft.interaction, draft.example, {
          now: new Date(),
          session: {},
          practice: draft.practice,
          patient: draft.patient,
        }),
      );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  const ready = hydrated && draft !== undefined;
  return (
    <section class="tryit-box" ref={root} aria-label={`Try it: ${meta.name}`} onKeyDown={onKeyDown}>
      <header class="tryit-head">
        <p class="tryit-title">
          <span class="tryit-method">{meta.method}</span> <strong>{meta.name}</strong> <span>{preset?.title}</span>
        </p>
        <p class="tryit-expect">
          Sandbox answers {preset?.expect.status}
          {preset?.expect.code ? ` ${preset.expect.code}` : ''}
        </p>
        <div class="tryit-actions">
          <button
            type="button"
            class="tryit-send"
            disabled={!ready || sending}
            onClick={send}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {sending ? 'Sending…' : 'Send'}
          </button>
          <button type="button" disabled={!ready} aria-expanded={editing} onClick={() => openEditor(!editing)}>
            {editing ? 'Hide the editor' : 'Edit request'}
          </button>
          <span class="tryit-hint">
            {ready ? 'Ctrl+Enter or ⌘+Enter sends' : 'Interactive once scripts have loaded'}
          </span>
        </div>
      </header>
      {editing && draft && RequestEditor ? (
        <RequestEditor
          id={widgetId}
          draft={draft}
          url={url}
          target={target}
          localSandboxUrl={localSandboxUrl}
          onTarget={setTarget}
          onEdit={edit}
          onRebuild={rebuild}
        />
      ) : (
        <div class="tryit-preview">{children}</div>
      )}
      <p class="tryit-live" role="status" aria-live="polite">
        {announcement}
      </p>
      {outcome && ResponseView ? <ResponseView outcome={outcome} /> : null}
      <RequestTools
        disabled={!ready}
        history={history}
        buildRequest={copyable}
        shareUrl={() => buildShareUrl(location.href, widgetId, draft!)}
        onRestore={(entry) => {
          setDraft(entry.draft);
          setDirty(true);
          void openEditor(true);
        }}
        onReset={reset}
      />
    </section>
  );
}
