// 10,000 random and malformed messages, from our own views and from strangers, into the real
// background (sender and shape validation, handlers, store on fake-indexeddb). Each one gets a
// clear error or a correct result; a refused one changes nothing and tells no view anything.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandlers } from '@/utils/background/handlers';
import { storeRecords } from '@/utils/background/sync-records';
import { SyncService, type KeyValueArea } from '@/utils/background/sync-service';
import type { ChangeEvent } from '@/utils/messages/events';
import type { Envelope } from '@/utils/messages/api';
import { validateRequest } from '@/utils/messages/validate';
import { talkIdOf, type TalkId } from '@/utils/model/ids';
import type { Db } from '@/utils/store/schema';
import { readTalk } from '@/utils/store/talks';
import { freshDb } from '../store/fresh-db';
import { hostileJson, mutate, mutation, type Json } from './mutate';
import { CONFERENCE_IDS, NOTE_IDS, request } from './requests';

const RUNS = 10_000;
const OURS = 'ourextensionidaaaaaaaaaaaaaaaaaa';
const rules = { extensionId: OURS, extensionOrigin: `chrome-extension://${OURS}/` };

interface Sender {
  sender: Runtime.MessageSender;
  trusted: boolean;
}

const SENDERS: Sender[] = [
  { trusted: true, sender: { id: OURS, tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, frameId: 0, url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa' } },
  { trusted: true, sender: { id: OURS, url: `chrome-extension://${OURS}/library.html` } },
  // Another extension, even one claiming our pages' URL.
  { trusted: false, sender: { id: 'otherextensionbbbbbbbbbbbbbbbbbb', url: 'chrome-extension://otherextensionbbbbbbbbbbbbbbbbbb/x.html' } },
  { trusted: false, sender: { id: 'otherextensionbbbbbbbbbbbbbbbbbb', url: `chrome-extension://${OURS}/library.html`, tab: { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false } } },
  // A web page (externally_connectable, or a forged sender): no id.
  { trusted: false, sender: { url: 'https://evil.example/' } },
  { trusted: false, sender: { url: `chrome-extension://${OURS}/library.html` } },
  // Ours, but neither a tab nor one of our pages.
  { trusted: false, sender: { id: OURS, url: `chrome-extension://${OURS}.evil.example/` } },
  { trusted: false, sender: { id: OURS } },
];

/** Well-formed requests, damaged ones, and things that are not requests at all. */
const message: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: request },
  { weight: 5, arbitrary: fc.tuple(request, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([r, ms]) => ms.reduce<Json>((m, x) => mutate(m, x), r as unknown as Json)) },
  { weight: 1, arbitrary: fc.record({ type: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'talk.changed')), payload: hostileJson }) },
  { weight: 1, arbitrary: hostileJson },
);

/** A storage.local of memory. */
function memoryArea(): KeyValueArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, structuredClone(v))),
  };
}

/** Everything stored, in one string: equal strings, equal stores. */
async function digest(db: Db): Promise<string> {
  const tx = db.transaction(['talks', 'notes', 'conferences', 'drafts']);
  const all = await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).getAll()));
  await tx.done;
  return JSON.stringify(all);
}

/** What an error a person can read looks like: our words, not a crash of our code. */
function expectClear(error: unknown) {
  expect(error).toBeInstanceOf(Error);
  const { name, message: text } = error as Error;
  expect(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'DataError', 'DataCloneError']).not.toContain(name);
  expect(text.trim().length).toBeGreaterThan(5);
  expect(text).not.toMatch(/\[object |Cannot read|is not a function|undefined/);
}

describe('the background under fuzzing', () => {
  let db: Db;
  let handle: ReturnType<typeof createHandlers>;
  const events: ChangeEvent[] = [];
  let clock = 1_700_000_000_000;

  beforeAll(async () => {
    db = await freshDb();
    handle = createHandlers({
      db: async () => db,
      broadcast: async (e) => void (e.event === 'talk.changed' && events.push(e)),
      download: async () => {},
      openLibrary: async () => {},
      now: () => (clock += 1000),
      // Sync as the background runs it, its settings kept in memory and its server out of reach.
      sync: new SyncService({
        storage: memoryArea(),
        records: storeRecords(async () => db, async () => {}),
        push: () => {},
        fetch: async () => Promise.reject(new TypeError('offline')),
      }),
    } as Parameters<typeof createHandlers>[0]);
    const page = SENDERS[1]!.sender;
    // Some records exist, others do not: a note, its talk, a conference.
    for (const env of [
      { type: 'note.save', payload: { note: { id: NOTE_IDS[0], at: 5, kind: 'note', text: 'stored' }, meta: { platform: 'youtube', videoId: 'aaaaaaaaaaa', url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', title: 'A', speakers: [] } } },
      { type: 'conference.save', payload: { conference: { id: CONFERENCE_IDS[0], name: 'Software Circus', lang: 'en', days: [] } } },
    ]) await handle(validateRequest(env, page, rules), page);
  });

  it(`answers ${RUNS} messages with a clear error or a correct result, and a refusal changes nothing`, async () => {
    const tally = { accepted: 0, refused: 0, strangers: 0 };
    let held: string | null = null;
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(...SENDERS), async (raw, { sender, trusted }) => {
        // Messages cross the browser as JSON-like clones.
        const m: unknown = raw === undefined ? undefined : JSON.parse(JSON.stringify(raw));
        // The store after the previous message is the store before this one: read once.
        const before = held ?? (await digest(db));
        held = null;
        const heard = events.length;
        let envelope: Envelope | null = null;
        let result: unknown;
        let error: unknown = null;
        try {
          envelope = validateRequest(m, sender, rules);
          result = await handle(envelope, sender);
        } catch (e) {
          error = e;
        }
        if (!trusted) {
          tally.strangers++;
          expect((error as Error).message).toMatch(/^refused: /);
        }
        if (error !== null) {
          tally.refused++;
          expectClear(error);
          held = await digest(db);
          expect(held).toBe(before);
          expect(events.length).toBe(heard);
          return;
        }
        tally.accepted++;
        expect(trusted).toBe(true);
        // The reply crosses back as a clone: it must survive one.
        expect(() => structuredClone(result)).not.toThrow();
        await expectCorrect(db, envelope!, result);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_202) },
    );
    // Enough of each kind, or the fuzzer tests nothing.
    expect(tally.accepted).toBeGreaterThan(RUNS * 0.05);
    expect(tally.refused).toBeGreaterThan(RUNS * 0.5);
    expect(tally.strangers).toBeGreaterThan(RUNS * 0.3);
  }, 120_000);
});

/** For the requests that write or read notes, the reply matches what the store now holds. */
async function expectCorrect(db: Db, envelope: Envelope, result: unknown) {
  switch (envelope.type) {
    case 'note.save': {
      const { note, meta } = envelope.payload as Envelope<'note.save'>['payload'];
      const stored = await db.get('notes', note.id);
      expect(stored).toEqual((result as { note: unknown }).note);
      expect(stored).toMatchObject({ ...note, talkId: talkIdOf(meta.platform, meta.videoId) });
      break;
    }
    case 'note.delete':
    case 'note.restore': {
      const stored = await db.get('notes', (envelope.payload as { id: string }).id as never);
      expect(stored).toEqual(result);
      expect(stored!.deletedAt !== undefined).toBe(envelope.type === 'note.delete');
      break;
    }
    case 'talk.open':
      expect(result).toEqual(await readTalk(db, (envelope.payload as { talkId: TalkId }).talkId));
      break;
    case 'talk.update': {
      const { talkId, patch } = envelope.payload as Envelope<'talk.update'>['payload'];
      const stored = await db.get('talks', talkId);
      expect(stored).toEqual(result);
      expect(stored).toMatchObject(patch);
      if (patch.conferenceId) expect((await db.get('conferences', patch.conferenceId))?.deletedAt).toBeUndefined();
      break;
    }
    default:
      expect(result).not.toBeUndefined();
  }
}
