/** Slides: a frame of the recording saved as a note's image, the visible tab captured where the page cannot read its video, images read back. */
import type { NoteId } from '@/utils/model/ids';
import type { NoteInput } from '@/utils/model/edits';
import { SLIDE_MAX_BYTES, SLIDE_MAX_SIDE, SLIDE_TYPES, type ScreenRect, type SlidePayload } from '@/utils/model/slide';

export type { ScreenRect } from '@/utils/model/slide';
import { NOTE_KINDS, type Note, type Talk, type TalkMeta } from '@/utils/model/types';
import { arrayOf, fail, int, LIMITS, num, oneOf, parseNoteId, parseTalkMeta, record, str, type Check } from '@/utils/model/validate';
import { request } from '@/utils/messages/request';

const side = int({ min: 1, max: SLIDE_MAX_SIDE, what: `a size in pixels up to ${SLIDE_MAX_SIDE}` });
const MAX_DATA = Math.ceil(SLIDE_MAX_BYTES / 3) * 4;

/** An image from a page's script: its bytes are checked again, decoded, by the background. */
export const slidePayload = record<SlidePayload>({
  data: (x, p) => (typeof x === 'string' && x.length <= MAX_DATA ? x : fail(p, `expected an image of at most ${SLIDE_MAX_BYTES / 1024 / 1024} MB, base64`)),
  type: oneOf(SLIDE_TYPES),
  width: side,
  height: side,
});

const slideNote = record<NoteInput>({
  id: parseNoteId,
  at: num({ min: 0, max: LIMITS.moment, what: 'a number of seconds ≥ 0' }),
  kind: oneOf(NOTE_KINDS),
  // A slide speaks for itself: its text may be empty.
  text: str({ max: LIMITS.noteText }),
});

const coordinate = num({ min: -1e5, max: 1e5, what: 'a position in pixels' });
const extent = num({ min: 1, max: 1e5, what: 'a size in pixels' });
export const screenRect: Check<ScreenRect> = record<ScreenRect>({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
  scale: num({ min: 0.1, max: 10, what: 'a device pixel ratio' }),
});

export const SLIDE_REQUESTS = {
  /** A new slide note: the note and its image, written in one transaction. */
  'slide.save': request<{ note: NoteInput; meta: TalkMeta; image: SlidePayload }, { note: Note; talk: Talk }>({
    check: record({ note: slideNote, meta: parseTalkMeta, image: slidePayload }),
    writes: true,
  }),
  /** The visible part of the sender's tab inside `rect`, as a slide (the page could not read its video's pixels). */
  'slide.tab': request<{ rect: ScreenRect }, SlidePayload>({ check: record({ rect: screenRect }), from: 'top-page', writes: false }),
  /** The images of slide notes, by note id; notes without one are left out. */
  'slide.images': request<{ ids: NoteId[] }, Record<string, SlidePayload>>({
    check: record({ ids: arrayOf(parseNoteId, { max: 50 }) }),
    writes: false,
  }),
};
