import type { SidebarModel } from '@/utils/sidebar/model';
import { NoteItem } from '@/components/sidebar/NoteItem';
import { useGrowing } from '@/components/sidebar/use-growing';

/** The talk's notes by moment; the sidebar keys it by talk, so a long list draws in steps. */
export function NoteList({ model }: { model: SidebarModel }) {
  const rows = model.rows.value;
  const current = model.current.value;
  const shown = useGrowing(rows.length);
  if (rows.length === 0) {
    return <p class="empty">{model.loading.value ? 'Loading notes…' : 'No notes yet. Start typing while the talk plays.'}</p>;
  }
  return (
    <ul class="notes" aria-label="Notes">
      {rows.slice(0, shown).map((n) => (
        <NoteItem key={n.id} model={model} note={n} current={n.id === current} />
      ))}
    </ul>
  );
}
