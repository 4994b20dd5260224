import { describe, expect, it } from 'vitest';
import { recordingAtAddress, sameOrigin } from '@/utils/background/loader-address';

describe('recordingAtAddress', () => {
  it('names the recording of the pages a loader runs on, null for YouTube without a video, undefined elsewhere', () => {
    expect(recordingAtAddress('https://www.youtube.com/watch?v=wCa-2016Amx&t=5')).toBe('youtube:wCa-2016Amx');
    expect(recordingAtAddress('https://m.youtube.com/live/wCa-2016Amx')).toBe('youtube:wCa-2016Amx');
    expect(recordingAtAddress('https://www.youtube.com/feed/subscriptions')).toBe(null);
    expect(recordingAtAddress('https://www.youtube.com/embed/wCa-2016Amx')).toBe(null);
    expect(recordingAtAddress('https://vimeo.com/76979871')).toBe('vimeo:76979871');
    expect(recordingAtAddress('https://media.ccc.de/v/38c3-1234-a-talk')).toBe('mediaccc:38c3-1234-a-talk');
    expect(recordingAtAddress('https://conf.example/talks/1')).toBe(undefined);
    expect(recordingAtAddress('not an address')).toBe(undefined);
  });
});

describe('sameOrigin', () => {
  it('holds for another address of the sender’s own site only', () => {
    const sender = 'https://www.youtube.com/watch?v=wCa-2016Amx';
    expect(sameOrigin('https://www.youtube.com/watch?v=aaaaaaaaaaa#t=3', sender)).toBe(true);
    expect(sameOrigin('https://m.youtube.com/watch?v=aaaaaaaaaaa', sender)).toBe(false);
    expect(sameOrigin('http://www.youtube.com/watch?v=aaaaaaaaaaa', sender)).toBe(false);
    expect(sameOrigin('https://www.youtube.com.evil.example/watch?v=aaaaaaaaaaa', sender)).toBe(false);
    expect(sameOrigin('not an address', sender)).toBe(false);
    expect(sameOrigin('https://www.youtube.com/', undefined)).toBe(false);
  });
});
