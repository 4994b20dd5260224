import type { Speaker } from '@/utils/model/types';
import type { SidebarModel } from '@/utils/sidebar/model';
import { joinSpeakerNames, splitSpeakerNames } from '@/utils/sidebar/speaker-names';
import { StoredInput } from '@/components/sidebar/StoredInput';

export function TalkHeader({ model }: { model: SidebarModel }) {
  const title = model.title.value;
  const speakers = model.speakers.value;
  return (
    <div class="talk">
      <StoredInput
        class="title"
        aria-label="Talk title"
        stored={title}
        placeholder="Talk title"
        onCommit={(text) => {
          const next = text.trim();
          if (next && next !== title) void model.editTalk({ title: next });
        }}
      />
      <StoredInput
        class="speakers"
        aria-label="Speakers"
        placeholder="Speakers, e.g. Anne Currie and Adam Smith"
        stored={joinSpeakerNames(speakers)}
        onCommit={(text) => {
          const names = splitSpeakerNames(text);
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
