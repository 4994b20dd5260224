import { describe, expect, it, vi } from 'vitest';
import type { Status } from '@/utils/library/deps';
import { createTalkFiles } from '@/utils/library/talk-files';
import type { TalkId } from '@/utils/model/ids';
import { loopback, writeNotes } from '../background/loopback';

const A = 'youtube:aaaaaaaaaaa' as TalkId;

async function setup() {
  const bg = await loopback();
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key');
  const saveFile = vi.fn<(f: string, t: string | Uint8Array, m: string) => void>();
  const said: Status[] = [];
  const files = createTalkFiles(
    { api: bg.api, clipboard: async () => {}, saveFile, newConferenceId: () => { throw new Error('not used'); } },
    (text, opts = {}) => void said.push({ text, error: opts.error ?? false }),
  );
  return { bg, files, saveFile, said };
}

describe('a talk’s files in the open formats', () => {
  it('downloads the WebVTT subtitles the background made, and says so', async () => {
    const { bg, files, saveFile, said } = await setup();
    const made = files.download(A, 'When Containers Attack', 'vtt');
    expect(files.busy.value).toBe('vtt');
    await made;
    const { text } = await bg.api('export.talkVtt', { talkId: A });
    expect(saveFile.mock.calls).toEqual([['When Containers Attack.vtt', text, 'text/vtt']]);
    expect(text.startsWith('WEBVTT\n\nNOTE\nWhen Containers Attack\n')).toBe(true);
    expect([files.busy.value, said]).toEqual([null, [{ text: 'Saved When Containers Attack.vtt.', error: false }]]);
  });

  it('downloads the Web Annotations as JSON-LD', async () => {
    const { bg, files, saveFile, said } = await setup();
    await files.download(A, 'When Containers Attack', 'annotations');
    const { text } = await bg.api('export.talkAnnotations', { talkId: A });
    expect(saveFile.mock.calls).toEqual([['When Containers Attack.jsonld', text, 'application/ld+json']]);
    expect(said).toEqual([{ text: 'Saved When Containers Attack.jsonld.', error: false }]);
  });

  it('says why nothing was saved when the talk is gone', async () => {
    const { bg, files, saveFile, said } = await setup();
    await bg.api('talk.delete', { talkId: A });
    await files.download(A, 'When Containers Attack', 'annotations');
    expect(saveFile).not.toHaveBeenCalled();
    expect([files.busy.value, said]).toEqual([null, [{ text: 'Could not make the Web Annotations of When Containers Attack: This talk was deleted.', error: true }]]);
  });
});
