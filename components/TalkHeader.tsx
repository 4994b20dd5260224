import type { Speaker } from '../utils/model/types';
import type { SidebarModel } from '../utils/sidebar/model';
import { joinSpeakerNames, splitSpeakerNames } from '../utils/sidebar/speaker-names';

export function TalkHeader({ model }: { model: SidebarModel }) {
  const title = model.title.value;
  const speakers = model.speakers.value;
  return (
    <div class="talk">
      <input
        class="title"
        aria-label="Talk title"
        value={title}
        placeholder="Talk title"
        onChange={(e) => {
          const next = e.currentTarget.value.trim();
          if (next && next !== title) void model.editTalk({ title: next });
        }}
      />
      <input
        class="speakers"
        aria-label="Speakers"
        placeholder="Speakers, e.g. Anne Currie and Adam Smith"
        value={joinSpeakerNames(speakers)}
        onChange={(e) => {
          const names = splitSpeakerNames(e.currentTarget.value);
          if (names.join('\n') !== speakers.map((s) => s.name).join('\n')) {
            void model.editTalk({ speakers: names.map((name): Speaker => speakers.find((s) => s.name === name) ?? { name }) });
          }
        }}
      />
      {model.context.value?.conference && <p class="conference">{model.context.value.conference.name}</p>}
      {model.canMarkTalk() && (
        <button type="button" class="mark-talk" onClick={() => model.markTalkStart()} title="For a recording of several talks: the talk playing now starts here">
          New talk starts here
        </button>
      )}
    </div>
  );
}
