import { describe, expect, it } from 'vitest';
import browser, { type Runtime } from 'webextension-polyfill';
import { createLoaderHandlers, FRAME_AGENT_SCRIPT, PARSER_SCRIPT, SIDEBAR_SCRIPT } from '@/utils/background/loader-handlers';
import { validateRequest } from '@/utils/messages/validate';
import { aNote, TALK_1 } from '../model/records';
import { fill, freshDb } from '../store/fresh-db';

const rules = { extensionId: 'x', extensionOrigin: 'chrome-extension://x/' };
const top = (tab = 7): Runtime.MessageSender => ({ id: 'x', tab: { id: tab } as never, frameId: 0, url: 'https://www.youtube.com/watch?v=a' });
const frame = (frameId: number, tab = 7): Runtime.MessageSender => ({ id: 'x', tab: { id: tab } as never, frameId, url: 'https://player.vimeo.com/video/1' });
const page: Runtime.MessageSender = { id: 'x', url: 'chrome-extension://x/library.html', tab: { id: 3 } as never, frameId: 0 };

async function loader() {
  const injected: string[] = [];
  const db = await fill(await freshDb(), { notes: [aNote({ talkId: TALK_1 })] });
  const handlers = createLoaderHandlers({
    db: async () => db,
    broadcast: async () => {},
    download: async () => {},
    injectFiles: async (tabId, frameId, files) => void injected.push(`${tabId}/${frameId} ${files.join(' ')}`),
  });
  return { injected, handlers };
}

describe('the loaders’ requests', () => {
  it('run the sidebar’s file in exactly the asking frame, and the frame agent’s in exactly the asking frame', async () => {
    const { injected, handlers } = await loader();
    await handlers['loader.sidebar']({}, top(4));
    await handlers['loader.frame']({}, frame(12, 4));
    expect(injected).toEqual([`4/0 ${SIDEBAR_SCRIPT}`, `4/12 ${FRAME_AGENT_SCRIPT}`]);
  });

  it('run the notes’ parser before the sidebar on a recording with notes, and alone when a sidebar asks for it', async () => {
    const { injected, handlers } = await loader();
    await handlers['loader.sidebar']({}, { ...top(4), url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
    await handlers['loader.sidebar']({}, { ...top(5), url: 'https://www.youtube.com/watch?v=bbbbbbbbbbb' });
    await handlers['loader.parser']({}, top(5));
    expect(injected).toEqual([`4/0 ${PARSER_SCRIPT} ${SIDEBAR_SCRIPT}`, `5/0 ${SIDEBAR_SCRIPT}`, `5/0 ${PARSER_SCRIPT}`]);
  });

  it('answer what the sender’s page shows and whether it has the person’s notes', async () => {
    const { handlers } = await loader();
    const here = (address: string, sender = top()) => handlers['loader.here']({ address }, sender);
    expect(await here('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({ recording: TALK_1, wanted: true });
    // An in-page move: the browser may still name the address the page loaded at.
    expect(await here('https://www.youtube.com/watch?v=bbbbbbbbbbb&t=3')).toEqual({ recording: 'youtube:bbbbbbbbbbb', wanted: false });
    expect(await here('https://www.youtube.com/feed/subscriptions')).toEqual({ recording: null, wanted: false });
    const conference = { ...top(), url: 'https://conf.example/talks/1' };
    expect(await here('https://conf.example/talks/2', conference)).toEqual({ recording: null, wanted: false });
  });

  it('refuse an address of another site than the sender’s', async () => {
    const { handlers } = await loader();
    const conference = { ...top(), url: 'https://conf.example/talks/1' };
    await expect(handlers['loader.here']({ address: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, conference)).rejects.toThrow(/not of the sender’s site/);
    await expect(handlers['loader.here']({ address: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, { ...top(), url: undefined })).rejects.toThrow(/not of the sender’s site/);
  });

  it('answer wanted on every recording once the person chose to open the sidebar on every video', async () => {
    const { handlers } = await loader();
    const wanted = async () => (await handlers['loader.here']({ address: 'https://www.youtube.com/watch?v=bbbbbbbbbbb' }, top())).wanted;
    await browser.storage.local.set({ settings: { everyVideo: 'yes' } });
    expect(await wanted()).toBe(false);
    await browser.storage.local.set({ settings: { everyVideo: true } });
    expect(await wanted()).toBe(true);
    await browser.storage.local.remove('settings');
    expect(await wanted()).toBe(false);
  });

  it('take the sidebar’s code only from a content script of a tab, the frame agent’s only from a frame, the address only from a top page', () => {
    expect(validateRequest({ type: 'loader.sidebar', payload: {} }, top(), rules).type).toBe('loader.sidebar');
    expect(validateRequest({ type: 'loader.sidebar', payload: {} }, frame(3), rules).type).toBe('loader.sidebar');
    expect(() => validateRequest({ type: 'loader.sidebar', payload: {} }, page, rules)).toThrow(/only a content script/);
    expect(() => validateRequest({ type: 'loader.sidebar', payload: {} }, { id: 'x', url: 'chrome-extension://x/library.html' }, rules)).toThrow(/only a content script/);
    expect(() => validateRequest({ type: 'loader.frame', payload: {} }, top(), rules)).toThrow(/refused/);
    expect(validateRequest({ type: 'loader.here', payload: { address: 'https://www.youtube.com/' } }, top(), rules).type).toBe('loader.here');
    expect(() => validateRequest({ type: 'loader.here', payload: { address: 'https://player.vimeo.com/video/1' } }, frame(3), rules)).toThrow(/only the top page/);
    expect(() => validateRequest({ type: 'loader.here', payload: { address: 42 } }, top(), rules)).toThrow(/address/);
  });
});
