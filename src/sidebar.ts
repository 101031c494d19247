// src/sidebar.ts: the navigation. Each group lists one content folder; the order inside a group comes from each
// page's `sidebar.order` front matter.
type Group = { label: string; directory: string; badge?: { text: string; variant: 'note' | 'tip' | 'caution' | 'default' | 'success' | 'danger' }; collapsed?: boolean };

const groups: Group[] = [
  { label: 'Overview', directory: 'overview' },
  { label: 'Integration with Spine', directory: 'integration' },
  { label: 'FHIR API guidance', directory: 'guidance' },
  { label: 'Foundations', directory: 'foundations', badge: { text: '1.2.9', variant: 'success' }, collapsed: true },
  { label: 'Appointment Management', directory: 'appointments', badge: { text: '1.2.9', variant: 'success' }, collapsed: true },
  { label: 'Access Record Structured', directory: 'access-record-structured', badge: { text: '1.6.2 beta', variant: 'caution' }, collapsed: true },
  { label: 'Access Document', directory: 'access-document', badge: { text: '1.6.2 beta', variant: 'caution' }, collapsed: true },
  { label: 'Access Record HTML', directory: 'access-record-html', badge: { text: '0.7.4 legacy', variant: 'default' }, collapsed: true },
  { label: 'Explore, test and assure', directory: 'explore', collapsed: true },
  { label: 'Reference', directory: 'reference', collapsed: true },
];

export const sidebar = groups.map(({ label, directory, badge, collapsed }) => ({
  label,
  ...(badge ? { badge } : {}),
  collapsed: collapsed ?? false,
  items: [{ autogenerate: { directory } }],
}));
