import type { SidebarModel } from '../utils/sidebar/model';
import { NoteItem } from './NoteItem';

export function NoteList({ model }: { model: SidebarModel }) {
  const rows = model.rows.value;
  const current = model.current.value;
  if (rows.length === 0) {
    return <p class="empty">{model.loading.value ? 'Loading notes…' : 'No notes yet. Start typing while the talk plays.'}</p>;
  }
  return (
    <ul class="notes" aria-label="Notes">
      {rows.map((n) => (
        <NoteItem key={n.id} model={model} note={n} current={n.id === current} />
      ))}
    </ul>
  );
}
