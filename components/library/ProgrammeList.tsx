import { useState } from 'preact/hooks';
import type { ListedDay } from '@/utils/library/programmes';

/**
 * Programmes up to this many talks open unfolded; a larger one (a 1,000-event congress) opens
 * folded, and its entries are listed when it is unfolded: drawn with the library, each such
 * programme made thousands of elements the person had not asked for, above their own talks.
 */
export const UNFOLDED_UP_TO = 100;

/** A conference's imported programme: each day, its talks by start time with room and track, which have notes and which a recording was opened of. */
export function ProgrammeList({ list, entries, name }: { list: () => ListedDay[]; entries: number; name: string }) {
  const [open, setOpen] = useState(entries <= UNFOLDED_UP_TO);
  return (
    <details class="programme" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Programme of {name}
        {!open && <span class="muted">{` (${entries === 1 ? '1 talk' : `${entries} talks`})`}</span>}
      </summary>
      {open && list().map((d) => (
        <div class="programme-day" key={d.index ?? 'none'}>
          <h3>Programme – {d.heading}</h3>
          {d.entries.length === 0 ? (
            <p class="muted">No talks on this day.</p>
          ) : (
            <ol class="programme-entries" aria-label={`Programme – ${d.heading}`}>
              {d.entries.map(({ entry, time, notes, opened }) => (
                <li key={entry.guid ?? entry.id} class={`programme-entry${notes > 0 ? ' has-notes' : ''}${opened ? ' opened' : ''}${entry.cancelled ? ' cancelled' : ''}`}>
                  <time dateTime={entry.start}>{time}</time>{' '}
                  <span class="programme-title">{entry.title}</span>
                  {entry.speakers.length > 0 && <span class="muted"> · {entry.speakers.map((s) => s.name).join(', ')}</span>}
                  <span class="muted"> · {[entry.room, entry.track].filter((x) => x !== null).join(' · ')}</span>
                  {entry.cancelled && <span class="badge"> cancelled</span>}
                  {/* Notes say the recording was opened; the mark is for the talks seen without notes. */}
                  {opened && notes === 0 && <span class="badge opened-badge" title="A recording of this talk was opened"> recording opened</span>}
                  {notes > 0 && <span class="badge notes-badge"> {notes === 1 ? '1 note' : `${notes} notes`}</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </details>
  );
}
