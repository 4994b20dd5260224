import { useState } from 'preact/hooks';
import { conferenceDraft, nextDayDate, type ConferenceDraft, type DayDraft } from '@/utils/library/forms';
import type { LibraryModel } from '@/utils/library/model';
import type { ConferenceId } from '@/utils/model/ids';
import type { Lang } from '@/utils/model/types';
import { Field, TextArea } from '@/components/library/Field';

/** Creates (id null) or edits a conference; nothing is saved before "Save conference". */
export function ConferenceForm({ model, id }: { model: LibraryModel; id: ConferenceId | null }) {
  const [draft, setDraft] = useState<ConferenceDraft>(() => conferenceDraft(id ? model.conferenceById(id) : null));
  const set = (patch: Partial<ConferenceDraft>) => setDraft({ ...draft, ...patch });
  const setDay = (i: number, patch: Partial<DayDraft>) => set({ days: draft.days.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <form
      class="form"
      onSubmit={(e) => {
        e.preventDefault();
        void model.saveConference(draft);
      }}
    >
      <Field label="Name" value={draft.name} required onInput={(name) => set({ name })} placeholder="Software Circus 2016 – Amsterdam" />
      <Field label="Tagline" value={draft.tagline} onInput={(tagline) => set({ tagline })} />
      <div class="pair">
        <Field label="Start date" type="date" value={draft.startDate} onInput={(startDate) => set({ startDate })} />
        <Field label="End date" type="date" value={draft.endDate} onInput={(endDate) => set({ endDate })} />
      </div>
      <Field label="Venue" value={draft.venue} onInput={(venue) => set({ venue })} />
      <label class="field">
        <span>Language of the write-up</span>
        <select value={draft.lang} onChange={(e) => set({ lang: e.currentTarget.value as Lang })}>
          <option value="en">English</option>
          <option value="da">Dansk (Danish)</option>
        </select>
      </label>
      <TextArea label="Intro" value={draft.intro} onInput={(intro) => set({ intro })} />
      <fieldset>
        <legend>Days</legend>
        {draft.days.map((d, i) => (
          <div class="day-row">
            <span class="day-number">Day {i + 1}</span>
            <Field label="Date" hidden={` of day ${i + 1}`} type="date" value={d.date} onInput={(date) => setDay(i, { date })} />
            <Field label="Theme" hidden={` of day ${i + 1}`} value={d.theme} onInput={(theme) => setDay(i, { theme })} />
            <TextArea label="Introduction" hidden={` of day ${i + 1}`} value={d.intro} rows={2} onInput={(intro) => setDay(i, { intro })} />
          </div>
        ))}
        <div class="actions">
          <button type="button" onClick={() => set({ days: [...draft.days, { date: nextDayDate(draft), theme: '', intro: '' }] })}>
            Add day
          </button>
          {draft.days.length > 0 && (
            <button type="button" onClick={() => set({ days: draft.days.slice(0, -1) })}>
              Remove day {draft.days.length}
            </button>
          )}
        </div>
      </fieldset>
      <TextArea label="Closing" value={draft.closing} onInput={(closing) => set({ closing })} />
      <div class="actions">
        <button type="submit" class="primary">Save conference</button>
        <button type="button" onClick={model.closePanel}>Cancel</button>
      </div>
    </form>
  );
}
