import { describe, expect, it } from 'vitest';
import { cueText } from '@/utils/formats/cue-text';
import { textTrackCaption } from '@/utils/sites/player/captions';

describe('cueText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['<v Anne Currie>Diversity is <i>key</i>\nto <00:00:12.000>innovation &amp; growth.</v>', 'Diversity is key to innovation & growth.'],
    ['<c.loud.red>Loud</c> &lt;b&gt; &#x41;&#66; &nbsp;x&lrm;', 'Loud <b> AB x'],
    ['<ruby>漢<rt>kan</rt></ruby>', '漢kan'],
    ['&bogus; &#0; &#x110000;', '&bogus; &#0; &#x110000;'],
  ])('%j → %j', (raw, text) => {
    expect(cueText(raw)).toBe(text);
  });
});

type FakeTrack = { kind: string; mode: string; activeCues: { startTime: number; text: string }[] | null };
const video = (currentTime: number, tracks: FakeTrack[]) => ({ currentTime, textTracks: Object.assign([...tracks], {}) }) as unknown as HTMLVideoElement;
const cue = (startTime: number, text: string) => ({ startTime, text });

describe('textTrackCaption', () => {
  it('reads the active cues of the showing subtitle track, in start order, from the earliest start', () => {
    const v = video(15, [
      { kind: 'metadata', mode: 'showing', activeCues: [cue(1, 'chapter data')] },
      { kind: 'subtitles', mode: 'hidden', activeCues: [cue(14, 'a hidden track')] },
      { kind: 'captions', mode: 'showing', activeCues: [cue(12, 'second <i>cue</i>'), cue(10.5, 'First\ncue')] },
    ]);
    expect(textTrackCaption(v)).toEqual({ text: 'First cue second cue', ago: 4.5 });
  });

  it('answers null when no track shows a cue, and never a negative age', () => {
    expect(textTrackCaption(video(3, [{ kind: 'subtitles', mode: 'showing', activeCues: [] }]))).toBeNull();
    expect(textTrackCaption(video(3, [{ kind: 'subtitles', mode: 'disabled', activeCues: [cue(1, 'x')] }]))).toBeNull();
    expect(textTrackCaption(video(3, [{ kind: 'subtitles', mode: 'showing', activeCues: [cue(1, '<i></i>')] }]))).toBeNull();
    expect(textTrackCaption(video(3, [{ kind: 'subtitles', mode: 'showing', activeCues: [cue(5, 'ahead')] }]))).toEqual({ text: 'ahead', ago: 0 });
  });
});
