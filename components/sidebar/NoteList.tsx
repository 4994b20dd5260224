import { Component } from 'preact';
import type { SidebarModel } from '@/utils/sidebar/model';
import type { NoteRow } from '@/utils/sidebar/notes-list';
import { NoteItem } from '@/components/sidebar/NoteItem';
import { useGrowing } from '@/components/sidebar/use-growing';

/** The talk's notes by moment; the sidebar keys it by talk, so a long list draws in steps. */
export function NoteList({ model }: { model: SidebarModel }) {
  const rows = model.rows.value;
  const current = model.current.value;
  const shown = useGrowing(rows.length, !model.loading.value);
  if (rows.length === 0) {
    return <p class="empty">{model.loading.value ? 'Loading notes…' : 'No notes yet. Start typing while the talk plays.'}</p>;
  }
  return (
    <ul class="notes" aria-label="Notes">
      {rows.slice(0, shown).map((n) => (
        <Row key={n.id} model={model} note={n} current={n.id === current} />
      ))}
    </ul>
  );
}

interface RowProps {
  model: SidebarModel;
  note: NoteRow;
  current: boolean;
}

/**
 * A row drawn again only when its own note or highlight changed: a save, a step of the growing
 * list or the highlight moving would otherwise redraw (and parse the Markdown of) every row of
 * a long talk. Editing state is a signal the row reads itself, so it still updates.
 */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.note !== this.props.note || next.current !== this.props.current || next.model !== this.props.model;
  }

  override render({ model, note, current }: RowProps) {
    return <NoteItem model={model} note={note} current={current} />;
  }
}
