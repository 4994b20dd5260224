import { recordingLink } from '@/utils/formats/deep-link';
import type { LibraryModel } from '@/utils/library/model';
import type { ConferenceId } from '@/utils/model/ids';
import type { LibraryTalk } from '@/utils/model/replies';
import { joinSpeakerNames } from '@/utils/sidebar/speaker-names';

export interface RowPlace {
  /** Index among its conference day's talks, and how many there are; absent in no conference. */
  index: number;
  count: number;
}

/** One talk: its title and counts, where it belongs, and what can be done with it. */
export function TalkRow({ model, item, place }: { model: LibraryModel; item: LibraryTalk; place?: RowPlace }) {
  const { talk, notes } = item;
  const title = talk.title || 'Untitled talk';
  const conference = talk.conferenceId ? model.conferenceById(talk.conferenceId) : null;
  const days = conference ? [...new Set([...conference.days.map((d) => d.number), ...(talk.day ? [talk.day] : [])])].sort((a, b) => a - b) : [];
  return (
    <li class="talk-row" id={`talk-${talk.id}`}>
      <div class="talk-info">
        <span class="talk-title">{title}</span>
        {talk.speakers.length > 0 && <span class="muted"> · {joinSpeakerNames(talk.speakers)}</span>}
        <span class="muted"> · {notes === 1 ? '1 note' : `${notes} notes`}</span>
      </div>
      <div class="talk-actions">
        <select
          id={`conference-of-${talk.id}`}
          aria-label={`Conference for: ${title}`}
          value={conference?.id ?? ''}
          onChange={(e) => {
            const id = e.currentTarget.value;
            // The row moves to another section: keep the focus on this list there.
            void model.assign(talk.id, id === '' ? null : (id as ConferenceId), null).then(() => refocus(`conference-of-${talk.id}`));
          }}
        >
          <option value="">No conference</option>
          {model.conferences.value.map((c) => (
            <option value={c.id}>{c.name}</option>
          ))}
        </select>
        {conference && (
          <select
            id={`day-of-${talk.id}`}
            aria-label={`Day for: ${title}`}
            value={talk.day === undefined ? '' : String(talk.day)}
            onChange={(e) => {
              const day = e.currentTarget.value === '' ? null : Number(e.currentTarget.value);
              void model.assign(talk.id, conference.id, day).then(() => refocus(`day-of-${talk.id}`));
            }}
          >
            <option value="">No day</option>
            {days.map((d) => (
              <option value={String(d)}>Day {d}</option>
            ))}
          </select>
        )}
        {place && (
          <>
            <MoveButton model={model} talkId={talk.id} by={-1} label={`Move up: ${title}`} edge={place.index === 0} text="Up" />
            <MoveButton model={model} talkId={talk.id} by={1} label={`Move down: ${title}`} edge={place.index === place.count - 1} text="Down" />
          </>
        )}
        <button type="button" aria-label={`Edit details: ${title}`} onClick={() => model.editTalk(talk.id)}>
          Details
        </button>
        <button type="button" aria-label={`Export talk: ${title}`} onClick={() => void model.openExport({ kind: 'talk', talkId: talk.id, name: title })}>
          Export
        </button>
        <a href={recordingLink(talk)} target="_blank" rel="noopener noreferrer" aria-label={`Open recording: ${title}`}>
          Recording
        </a>
        <button type="button" class="danger" aria-label={`Delete talk: ${title}`} onClick={() => void model.deleteTalk(talk.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}

/**
 * aria-disabled rather than disabled at the ends, so the focus stays on the button; after the
 * move the focus is put back on it, wherever the row went.
 */
function MoveButton(props: { model: LibraryModel; talkId: LibraryTalk['talk']['id']; by: -1 | 1; label: string; edge: boolean; text: string }) {
  const id = `move-${props.by < 0 ? 'up' : 'down'}-${props.talkId}`;
  return (
    <button
      type="button"
      id={id}
      aria-label={props.label}
      aria-disabled={props.edge ? 'true' : undefined}
      onClick={async () => {
        if (props.edge) return;
        await props.model.move(props.talkId, props.by);
        refocus(id);
      }}
    >
      {props.text}
    </button>
  );
}

/**
 * Gives the focus back to the control `id` once its change is shown: the row may have moved,
 * and moving a focused element drops the focus to the page. If the person has gone on to
 * another control meanwhile (the change took a moment), the focus stays where they put it.
 */
function refocus(id: string): void {
  const el = document.getElementById(id);
  const active = document.activeElement;
  if (el && active !== el && (active === null || active === document.body)) el.focus();
}
