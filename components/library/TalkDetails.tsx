import { useState } from 'preact/hooks';
import { recordingLink } from '@/utils/formats/deep-link';
import { talkDraft, type SpeakerDraft, type TalkDraft } from '@/utils/library/forms';
import type { LibraryModel } from '@/utils/library/model';
import type { Talk, TalkLink } from '@/utils/model/types';
import { Field, TextArea } from '@/components/library/Field';
import { TalkFiles } from '@/components/library/TalkFiles';

const NO_SPEAKER: SpeakerDraft = { name: '', role: '', org: '', handles: '' };
const NO_LINK: TalkLink = { label: '', url: '' };

/** A talk's details as the write-up uses them; nothing is saved before "Save details". */
export function TalkDetails({ model, talk }: { model: LibraryModel; talk: Talk }) {
  const [draft, setDraft] = useState<TalkDraft>(() => talkDraft(talk));
  const set = (patch: Partial<TalkDraft>) => setDraft({ ...draft, ...patch });
  const setSpeaker = (i: number, patch: Partial<SpeakerDraft>) => set({ speakers: draft.speakers.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setLink = (i: number, patch: Partial<TalkLink>) => set({ links: draft.links.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <form
      class="form"
      onSubmit={(e) => {
        e.preventDefault();
        void model.saveTalk(talk.id, draft);
      }}
    >
      <p class="actions">
        <a href={recordingLink(talk)} target="_blank" rel="noopener noreferrer">
          Open the recording
        </a>
        <TalkFiles model={model} talkId={talk.id} name={talk.title || 'Untitled talk'} />
      </p>
      <Field label="Title" value={draft.title} required onInput={(title) => set({ title })} />
      <fieldset>
        <legend>Speakers</legend>
        {draft.speakers.map((s, i) => {
          const of = ` of speaker ${i + 1}`;
          return (
            <fieldset class="item">
              <legend>Speaker {i + 1}</legend>
              <Field label="Name" hidden={of} value={s.name} onInput={(name) => setSpeaker(i, { name })} />
              <div class="pair">
                <Field label="Role" hidden={of} value={s.role} onInput={(role) => setSpeaker(i, { role })} placeholder="Co-founder" />
                <Field label="Organisation" hidden={of} value={s.org} onInput={(org) => setSpeaker(i, { org })} />
              </div>
              <Field label="Handles" hidden={of} value={s.handles} onInput={(handles) => setSpeaker(i, { handles })} placeholder="@anne_e_currie, @microscaling" />
              <button type="button" onClick={() => set({ speakers: draft.speakers.filter((_, j) => j !== i) })}>
                Remove speaker {i + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" onClick={() => set({ speakers: [...draft.speakers, NO_SPEAKER] })}>
          Add speaker
        </button>
      </fieldset>
      <fieldset>
        <legend>Links</legend>
        {draft.links.map((l, i) => {
          const of = ` of link ${i + 1}`;
          return (
            <div class="pair item">
              <Field label="Label" hidden={of} value={l.label} onInput={(label) => setLink(i, { label })} placeholder="Slides" />
              <Field label="Address" hidden={of} type="url" value={l.url} onInput={(url) => setLink(i, { url })} placeholder="https://" />
              <button type="button" onClick={() => set({ links: draft.links.filter((_, j) => j !== i) })}>
                Remove link {i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => set({ links: [...draft.links, NO_LINK] })}>
          Add link
        </button>
      </fieldset>
      <TextArea label="Summary" value={draft.summary} rows={4} onInput={(summary) => set({ summary })} />
      <TextArea label="My thoughts" value={draft.thoughts} rows={5} onInput={(thoughts) => set({ thoughts })} />
      <Field label="Verdict" value={draft.verdict} onInput={(verdict) => set({ verdict })} placeholder="10/10 talk would recommend." />
      <div class="actions">
        <button type="submit" class="primary">Save details</button>
        <button type="button" onClick={model.closePanel}>Cancel</button>
      </div>
    </form>
  );
}
