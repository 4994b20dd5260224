// The bench's data set, made as a backup file so it enters the store through the product's
// own import (parsed, validated and merged by the background like any user's backup).
import { BACKUP_FORMAT_FIELDS } from './bench-format.mjs';

const WORDS = (
  'container orchestration latency budget kubernetes scheduler economics operations cluster ' +
  'tracing sidecar mesh rollout canary incident postmortem observability cost queue backpressure ' +
  'rust ownership borrow async runtime memory safety team growth review pairing testing ' +
  'microservices monolith deploy pipeline cache database index replication consensus raft'
).split(' ');

/** A small deterministic generator (mulberry32), so every run seeds the same text. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (n, kind) => `${n.toString(16).padStart(8, '0')}-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;
const KINDS = ['note', 'note', 'note', 'quote', 'question', 'thought'];

/** Slide notes among the conference's notes when asked for (the write-up bundle's figure). */
export const SLIDE_NOTES = 500;

/**
 * 200 talks in one conference (4 days) with 100 notes each (the export figure), a talk with
 * 2,000 notes (the sidebar figure) and 14 more talks of 2,000 notes: 215 talks, 50,000 notes.
 * With `slides`, 500 of the conference's notes (spread over its talks) are slide notes, each
 * naming an image of 1280×720 WebP that the caller stores (`slideImages` lists them).
 */
export function benchDataset({ now = Date.UTC(2026, 0, 1), slides = false } = {}) {
  const rnd = random(2016);
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)];
  const conferenceId = uuid(1, 'c');
  const conference = {
    id: conferenceId, name: 'Bench Conf 2026', tagline: 'Fast notes for slow talks', startDate: '2026-05-04', endDate: '2026-05-07',
    venue: 'Amsterdam', lang: 'en', days: [1, 2, 3, 4].map((number) => ({ number, date: `2026-05-0${3 + number}` })),
    createdAt: now, updatedAt: now,
  };
  const talks = [];
  const notes = [];
  let noteNo = 0;
  const talk = (videoId, title, extra = {}) => {
    const t = {
      id: `youtube:${videoId}`, platform: 'youtube', videoId, url: `https://www.youtube.com/watch?v=${videoId}`,
      title, channel: 'Bench Channel', duration: 2700, speakers: [{ name: `Speaker ${talks.length}`, role: 'Engineer', org: 'Bench Org' }],
      links: [], createdAt: now, updatedAt: now, ...extra,
    };
    talks.push(t);
    return t;
  };
  const addNotes = (t, count) => {
    for (let i = 0; i < count; i++) {
      noteNo++;
      const words = Array.from({ length: 6 + Math.floor(rnd() * 8) }, pick).join(' ');
      notes.push({
        id: uuid(noteNo, 'a'), talkId: t.id, at: Math.floor((i * 2700) / count), kind: KINDS[noteNo % KINDS.length],
        text: `${words[0].toUpperCase()}${words.slice(1)}.`, createdAt: now + noteNo, updatedAt: now + noteNo,
      });
    }
  };
  for (let i = 0; i < 200; i++) {
    const t = talk(`bench${String(i).padStart(6, '0')}`, `Talk ${i} on ${pick()} and ${pick()}`, { conferenceId, day: 1 + (i % 4), order: Math.floor(i / 4) });
    addNotes(t, 100);
  }
  const slideImages = [];
  if (slides) {
    // Every 40th note of the conference (100 notes a talk): two or three slides a talk.
    for (let i = 0; i < SLIDE_NOTES; i++) {
      const note = notes[i * 40];
      const imageId = uuid(i + 1, 'b');
      note.slide = { imageId, width: 1280, height: 720, type: 'image/webp' };
      slideImages.push({ id: imageId, noteId: note.id, at: note.updatedAt });
    }
  }
  addNotes(talk(OPEN_TALK, 'The talk with two thousand notes'), 2000);
  for (let i = 0; i < 14; i++) addNotes(talk(`benchMore${String(i).padStart(2, '0')}`, `Archive talk ${i}`), 2000);
  const text = JSON.stringify({ ...BACKUP_FORMAT_FIELDS, exportedAt: new Date(now).toISOString(), talks, notes, conferences: [conference] });
  return { text, conferenceId, talks: talks.length, notes: notes.length, conferenceTalks: 200, conferenceNotes: 20_000, slideImages };
}

/** Video ids the bench opens (11 characters, as YouTube's). */
export const OPEN_TALK = 'benchOpen01';
export const ENTER_TALK = 'benchEnter1';
