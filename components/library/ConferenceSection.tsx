import { dayHeadingText, formatDateRange } from '@/utils/formats/labels';
import type { ConferenceGroup } from '@/utils/library/group';
import type { LibraryModel } from '@/utils/library/model';
import { listProgramme } from '@/utils/library/programmes';
import { ProgrammeList } from '@/components/library/ProgrammeList';
import { TalkRow } from '@/components/library/TalkRow';

/** A conference: its header and actions, then each day with its talks in programme order. */
export function ConferenceSection({ model, group }: { model: LibraryModel; group: ConferenceGroup }) {
  const c = group.conference;
  const name = c.name || 'Untitled conference';
  const headingId = `conference-${c.id}`;
  const programme = model.programmes.views.value.get(c.id);
  const facts = [
    formatDateRange(c.startDate, c.endDate, 'en'),
    c.venue,
    c.lang === 'da' ? 'Danish' : 'English',
    group.talks === 1 ? '1 talk' : `${group.talks} talks`,
    group.notes === 1 ? '1 note' : `${group.notes} notes`,
  ].filter((f) => f);
  return (
    <section class="conference" aria-labelledby={headingId}>
      <header class="conference-head">
        <h2 id={headingId}>{name}</h2>
        {c.tagline && <p class="tagline">{c.tagline}</p>}
        <p class="muted">{facts.join(' · ')}</p>
        <div class="actions">
          <button type="button" aria-label={`Edit conference: ${name}`} onClick={() => model.editConference(c.id)}>
            Edit
          </button>
          <button
            type="button"
            aria-label={`Export conference: ${name}`}
            onClick={() => void model.openExport({ kind: 'conference', conferenceId: c.id, day: null, name })}
          >
            Export
          </button>
          <button type="button" class="danger" aria-label={`Delete conference: ${name}`} onClick={() => void model.deleteConference(c.id)}>
            Delete
          </button>
        </div>
      </header>
      {programme && (
        <ProgrammeList name={name} entries={programme.entries.length} list={() => listProgramme(programme, group.days.flatMap((d) => d.talks))} />
      )}
      {group.days.length === 0 && <p class="muted">No talks yet: pick this conference in a talk’s “Conference” list.</p>}
      {group.days.map((d) => (
        <div class="day" key={d.day ?? 'none'}>
          <div class="day-head">
            <h3>{d.day === null ? 'No day' : dayHeadingText(d.day, d.date, d.theme, 'en')}</h3>
            {d.day !== null && d.talks.length > 0 && (
              <button
                type="button"
                aria-label={`Export day ${d.day}: ${name}`}
                onClick={() => void model.openExport({ kind: 'conference', conferenceId: c.id, day: d.day, name: `${name}, day ${d.day}` })}
              >
                Export day
              </button>
            )}
          </div>
          {d.talks.length === 0 ? (
            <p class="muted">No talks on this day yet.</p>
          ) : (
            <ol class="talks">
              {d.talks.map((t, index) => (
                <TalkRow key={t.talk.id} model={model} item={t} conference={c} index={index} count={d.talks.length} />
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
