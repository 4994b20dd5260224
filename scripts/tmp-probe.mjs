import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/fixtures/server.mjs';
import { benchDataset } from './lib/bench-data.mjs';
import { CHROME_EXTENSION_DIR } from './lib/build.mjs';
import { spawnChromium } from './lib/chromium.mjs';
const data = benchDataset();
const server = await startFixtureServer();
const sp = await spawnChromium({ extensionDir: CHROME_EXTENSION_DIR, server, url: 'about:blank', headless: true, debug: true });
const b = await chromium.connectOverCDP(sp.endpoint);
const ctx = b.contexts()[0];
const w = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
const origin = `chrome-extension://${new URL(w.url()).host}`;
const page = await ctx.newPage(); await page.goto(`${origin}/library.html`);
const send = (type, payload) => page.evaluate(async ([type, payload]) => { const t0 = performance.now(); const r = await chrome.runtime.sendMessage({ type, payload }); if (!r?.ok) throw new Error(r?.error); return performance.now() - t0; }, [type, payload]);
console.log('import', await send('backup.import', { text: data.text }));
for (let i = 0; i < 4; i++) console.log('talk.open 2000', await send('talk.open', { talkId: 'youtube:benchOpen01' }));
for (let i = 0; i < 3; i++) console.log('library.list', await send('library.list', {}));
for (let i = 0; i < 3; i++) console.log('search c', await send('notes.search', { query: 'c' }));
for (let i = 0; i < 3; i++) console.log('search zebra', await send('notes.search', { query: 'zebra' }));
for (let i = 0; i < 0; i++) console.log('export', await send('export.conference', { conferenceId: data.conferenceId, day: null, frontMatter: false }));
const meta = { platform: 'youtube', videoId: 'benchEnter1', url: 'https://www.youtube.com/watch?v=benchEnter1', title: 'x', speakers: [] };
for (let i = 0; i < 6; i++) console.log('note.save', await send('note.save', { note: { id: crypto.randomUUID(), at: i, kind: 'note', text: 'hi' }, meta }));
const tab = await ctx.newPage();
const cdp = await ctx.newCDPSession(tab);
const cs = new Map(); cdp.on('Runtime.executionContextCreated', ({ context }) => cs.set(context.name, context.id));
await cdp.send('Runtime.enable');
await tab.goto('https://www.youtube.com/watch?v=benchEnter1'); await new Promise(r => setTimeout(r, 2000));
console.log([...cs.keys()]);
const cid = cs.get('Talk Notes');
for (let i = 0; i < 8; i++) {
  const { result } = await cdp.send('Runtime.evaluate', { contextId: cid, awaitPromise: true, returnByValue: true, expression: `(async () => { const t0 = performance.now(); const r = await chrome.runtime.sendMessage({ type: 'note.save', payload: { note: { id: crypto.randomUUID(), at: ${i}, kind: 'note', text: 'x' }, meta: ${JSON.stringify(meta)} } }); return [performance.now() - t0, r.ok]; })()` });
  console.log('cs note.save', result.value);
}
for (let i = 0; i < 4; i++) {
  const { result } = await cdp.send('Runtime.evaluate', { contextId: cid, awaitPromise: true, returnByValue: true, expression: `(async () => { const t0 = performance.now(); const r = await chrome.runtime.sendMessage({ type: 'talk.open', payload: { talkId: 'youtube:benchOpen01' } }); return [performance.now() - t0, r.ok]; })()` });
  console.log('cs talk.open', result.value);
}
await b.close(); await sp.close(); await server.close();
