import { deepLink } from '@/utils/formats/deep-link';
import type { SearchHit } from '@/utils/model/search';
import type { Note, Talk } from '@/utils/model/types';

export function hit(talk: Talk, note: Note | null): SearchHit {
  const at = note?.at ?? 0;
  return {
    talkId: talk.id,
    title: talk.title,
    noteId: note?.id ?? null,
    at,
    kind: note?.kind ?? null,
    text: note?.text ?? '',
    link: deepLink(talk, at),
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function byTitle(a: Talk, b: Talk): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
