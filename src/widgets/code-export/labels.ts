// The "Copy as" languages, their button labels and comment syntax. Kept apart from the exporters so the widget's
// first load carries only these few strings; the exporters load on the first copy.

export type CodeLanguage =
  'curl' | 'fetch' | 'node' | 'csharp' | 'python' | 'java' | 'go' | 'php' | 'ruby' | 'powershell';

/** Every language in the order the buttons show them. */
export const codeLanguages: Record<CodeLanguage, { label: string; comment: '#' | '//' }> = {
  curl: { label: 'curl', comment: '#' },
  fetch: { label: 'JavaScript fetch', comment: '//' },
  node: { label: 'Node (fetch)', comment: '//' },
  csharp: { label: 'C# HttpClient', comment: '//' },
  python: { label: 'Python requests', comment: '#' },
  java: { label: 'Java java.net.http', comment: '//' },
  go: { label: 'Go net/http', comment: '//' },
  php: { label: 'PHP curl', comment: '//' },
  ruby: { label: 'Ruby Net::HTTP', comment: '#' },
  powershell: { label: 'PowerShell', comment: '#' },
};
