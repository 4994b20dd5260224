// How the library page gets its list: read from the store by the page itself (no background
// woken), the background asked only when the page cannot read it, and never an old list shown
// over a change the page already showed.
import { describe, expect, it, vi } from 'vitest';
import { createLibraryModel } from '@/utils/library/model';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { LibraryList } from '@/utils/model/replies';
import type { ApiCall } from '@/utils/sidebar/deps';
import { readListing } from '@/utils/store/listing';
import { loopback, writeNotes } from '../background/loopback';
import { heldRead } from './held-read';

const A = 'youtube:aaaaaaaaaaa' as TalkId;
const CONF = 'c0f00000-0000-4000-8000-0000000000aa' as ConferenceId;

async function library() {
  const bg = await loopback();
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization helps');
  await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
  await bg.api('conference.save', { conference: { id: CONF, name: 'Software Circus 2016', startDate: '2016-08-31', endDate: '2016-09-01', lang: 'en', days: [{ number: 1, date: '2016-08-31' }] } });
  const asked: string[] = [];
  const api: ApiCall = (type, payload) => {
    asked.push(type);
    return bg.api(type, payload);
  };
  const page = (readList?: () => Promise<LibraryList | null>) => createLibraryModel({ api, readList, clipboard: vi.fn(), saveFile: vi.fn(), newConferenceId: () => CONF });
  return { bg, asked, page };
}

const shown = (model: ReturnType<typeof createLibraryModel>) => [
  model.conferences.value.map((c) => c.name),
  model.talks.value.map((t) => `${t.talk.title} (${t.notes})`),
];

describe('the library page’s list', () => {
  it('is read from the store by the page, asking the background nothing; its programmes are asked for apart', async () => {
    const { bg, asked, page } = await library();
    const model = page(() => readListing(bg.db.name));
    expect(await model.list()).toBe(true);
    expect(shown(model)).toEqual([['Software Circus 2016'], ['When Containers Attack (2)', 'Tracing (1)']]);
    expect([model.loaded.value, model.listed.value, asked]).toEqual([true, true, []]);
    await model.readProgrammes();
    expect(asked).toEqual(['programme.get']);
  });

  it.each([
    ['the page cannot read the store (none yet, or not yet upgraded)', async () => null],
    ['the page’s read fails', async () => Promise.reject(new Error('UnknownError'))],
  ])('is asked of the background when %s, with no error shown', async (_, readList) => {
    const { asked, page } = await library();
    const model = page(readList);
    await model.load();
    expect(shown(model)).toEqual([['Software Circus 2016'], ['When Containers Attack (2)', 'Tracing (1)']]);
    expect([asked, model.status.value]).toEqual([['library.list', 'programme.get'], null]);
  });

  it('says why when neither the page nor the background can read it', async () => {
    const model = createLibraryModel({
      api: async () => Promise.reject(new Error('The extension did not answer.')),
      readList: async () => null,
      clipboard: vi.fn(),
      saveFile: vi.fn(),
      newConferenceId: () => CONF,
    });
    expect(await model.list()).toBe(false);
    expect([model.listed.value, model.loaded.value, model.status.value?.text]).toEqual([true, false, 'Could not read the library: The extension did not answer.']);
  });

  it('read before an assignment is shown, it is read again rather than undo the assignment on screen', async () => {
    const { bg, page } = await library();
    const gate = heldRead();
    const model = page(async () => {
      const list = await readListing(bg.db.name);
      await gate.pass();
      return list;
    });
    await model.list();
    const { reading } = await gate.hold(() => model.list());
    await model.assign(A, CONF, 1);
    gate.release();
    await reading;
    expect([model.talkById(A)?.conferenceId, model.talkById(A)?.day]).toEqual([CONF, 1]);
  });
});
