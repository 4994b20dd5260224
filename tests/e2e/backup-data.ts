// Backups made in a test, for data stored at once through the product's own door (the library's
// restore): one talk with many generated notes.

/** A valid note id (a UUID) for the `i`th generated note, any `i` below 2^32. */
export const generatedNoteId = (i: number): string => `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;

export interface OneTalkBackup {
  videoId: string;
  title: string;
  /** How many notes; the `i`th is at `at(i)` with `text(i)`, created at `stamp` + i. */
  count: number;
  at: (i: number) => number;
  text: (i: number) => string;
  stamp: number;
  speakers?: { name: string }[];
  /** The talk's conference, day 1 of it, listed in the backup too. */
  conference?: { id: string; name: string; lang: 'en' | 'da'; days: { number: number; date: string }[] };
}

/** The backup file of one YouTube talk and its generated notes. */
export function oneTalkBackup(b: OneTalkBackup): string {
  const { stamp: T } = b;
  const talk = {
    id: `youtube:${b.videoId}`, platform: 'youtube', videoId: b.videoId, url: `https://www.youtube.com/watch?v=${b.videoId}`,
    title: b.title, speakers: b.speakers ?? [], links: [], createdAt: T, updatedAt: T,
    ...(b.conference ? { conferenceId: b.conference.id, day: 1, order: 0 } : {}),
  };
  const notes = Array.from({ length: b.count }, (_, i) => ({
    id: generatedNoteId(i), talkId: talk.id, at: b.at(i), kind: 'note', text: b.text(i), createdAt: T + i, updatedAt: T + i,
  }));
  const conferences = b.conference ? [{ ...b.conference, createdAt: T, updatedAt: T }] : [];
  return JSON.stringify({ format: 'talk-notes-backup', version: 1, exportedAt: new Date(T).toISOString(), talks: [talk], notes, conferences });
}
