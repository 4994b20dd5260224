import { describe, expect, it } from 'vitest';
import { describeRequest, isRequestType, REQUESTS, type RequestType } from '@/utils/messages/api';
import { silenceFor, SILENCE_MS, SILENCE_MS_PER_MB } from '@/utils/messages/client';

const types = Object.keys(REQUESTS) as RequestType[];
const where = (keep: (type: RequestType) => boolean) => types.filter(keep).sort();

describe('the request descriptions', () => {
  it('name every request once, split by audience', () => {
    expect(types).toHaveLength(50);
    expect(isRequestType('note.save')).toBe(true);
    expect(isRequestType('toString')).toBe(false);
  });

  it('say which requests write what the library index holds', () => {
    expect(where((t) => describeRequest(t).writes)).toEqual([
      'annotations.import', 'backup.import', 'conference.delete', 'conference.restore', 'conference.save', 'note.delete', 'note.restore', 'note.save',
      'programme.choose', 'programme.import', 'programme.unlink', 'slide.save', 'talk.assign', 'talk.delete', 'talk.restore', 'talk.update',
    ]);
  });

  it('say which requests carry megabytes', () => {
    expect(where((t) => describeRequest(t).large !== false)).toEqual([
      'annotations.import', 'backup.export', 'backup.import', 'export.bundle', 'export.conference', 'export.talk', 'export.talkAnnotations', 'export.talkVtt', 'library.list',
      'programme.get', 'programme.import',
    ]);
  });

  it('say who may send the frame relay’s requests', () => {
    expect(where((t) => describeRequest(t).from === 'top-page')).toEqual(['frame.caption', 'frame.control', 'frame.probe', 'loader.here', 'slide.tab']);
    expect(where((t) => describeRequest(t).from === 'frame')).toEqual(['frame.report', 'frame.slide', 'loader.frame']);
    expect(where((t) => describeRequest(t).from === 'content-script')).toEqual(['loader.parser', 'loader.sidebar']);
  });

  it('give an import a second more of silence per megabyte it carries, and nothing else any', () => {
    expect(silenceFor({ type: 'backup.import', payload: { text: 'x'.repeat(2_500_000) } })).toBe(SILENCE_MS + 2 * SILENCE_MS_PER_MB);
    expect(silenceFor({ type: 'annotations.import', payload: { text: 'x'.repeat(1_500_000) } })).toBe(SILENCE_MS + SILENCE_MS_PER_MB);
    const entry = { abstract: 'x'.repeat(1_000_000), description: 'x'.repeat(1_400_000) };
    expect(silenceFor({ type: 'programme.import', payload: { conferenceId: null, programme: { entries: [entry] } as never } })).toBe(SILENCE_MS + 2 * SILENCE_MS_PER_MB);
    expect(silenceFor({ type: 'file.download', payload: { filename: 'a.md', text: 'x'.repeat(2_500_000) } })).toBe(SILENCE_MS);
  });
});
