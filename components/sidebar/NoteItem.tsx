import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Note, NoteKind } from '@/utils/model/types';
import type { SidebarModel } from '@/utils/sidebar/model';
import type { NoteRow } from '@/utils/sidebar/notes-list';
import { formatMoment } from '@/utils/formats/time';
import { KIND_LABELS } from '@/components/kind-labels';
import { NoteText } from '@/components/sidebar/NoteText';
import { SlideThumb } from '@/components/sidebar/SlideThumb';

const NUDGES = [-5, -1, 1, 5];

export function NoteItem({ model, note, current }: { model: SidebarModel; note: NoteRow; current: boolean }) {
  const editing = model.editing.value === note.id;
  const time = formatMoment(note.at);
  return (
    <li class={`note kind-${note.kind}${current ? ' current' : ''}`} aria-current={current ? 'true' : undefined} data-saving={note.saving ? '' : undefined}>
      <button type="button" class="time" onClick={() => model.seek(note.at)} aria-label={`Play from ${time}`} title={`Play from ${time}`}>
        {time}
      </button>
      {editing ? (
        <NoteEdit model={model} note={note} />
      ) : (
        <>
          {note.kind !== 'note' && <span class="kind">{KIND_LABELS[note.kind]}</span>}
          {note.slide && <SlideThumb slides={model.slides} id={note.id} slide={note.slide} label={`Slide at ${time}`} />}
          {(note.text !== '' || !note.slide) && <NoteText text={note.text} parser={model.inline} />}
          <span class="actions">
            <button type="button" aria-label={`Edit note at ${time}`} onClick={() => (model.editing.value = note.id)}>Edit</button>
            <button type="button" aria-label={`Delete note at ${time}`} onClick={() => void model.remove(note)}>Delete</button>
          </span>
        </>
      )}
    </li>
  );
}

function NoteEdit({ model, note }: { model: SidebarModel; note: Note }) {
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [at, setAt] = useState(note.at);
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => box.current?.focus(), []); // at once: a quick Tab must not be undone a frame later
  const done = () => (model.editing.value = null);
  const commit = () => {
    done();
    if (text.trim() && (text !== note.text || kind !== note.kind || at !== note.at)) {
      void model.update(note, { text: text.trim(), kind, at });
    }
  };
  return (
    <div class="edit">
      <textarea
        aria-label={`Text of the note at ${formatMoment(note.at)}`}
        value={text}
        ref={box}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            done();
          }
        }}
      />
      <div class="edit-row">
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as NoteKind)}>
          {model.kinds.map((k) => (
            <option value={k}>{KIND_LABELS[k]}</option>
          ))}
        </select>
        <span class="nudge" role="group" aria-label={`Moment ${formatMoment(at)}`}>
          {NUDGES.map((d) => (
            <button type="button" aria-label={`${d < 0 ? 'Earlier' : 'Later'} by ${Math.abs(d)} s`} onClick={() => setAt(Math.max(0, at + d))}>
              {d < 0 ? `−${-d}` : `+${d}`}
            </button>
          ))}
          <output>{formatMoment(at)}</output>
        </span>
        <button type="button" onClick={commit}>Save</button>
        <button type="button" onClick={done}>Cancel</button>
      </div>
    </div>
  );
}
