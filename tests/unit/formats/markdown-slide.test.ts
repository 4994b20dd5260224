// A slide note in an export: with a bundle's images, `![Slide at 12:34](images/<stable name>)`
// opens its bullet and its text follows on the next line; without, it is its moment and text.
import { describe, expect, it } from 'vitest';
import { momentInName, slideNamer, slideSlug } from '@/utils/formats/markdown-slide';
import { footnotes } from '@/utils/formats/markdown-footnotes';
import { noteItem } from '@/utils/formats/markdown-note';
import type { Note } from '@/utils/model/types';
import { aNote, aTalk, NOTE_2 } from '../model/records';

const talk = aTalk({ id: 'youtube:VIDEOID0000' as never, videoId: 'VIDEOID0000', url: 'https://www.youtube.com/watch?v=VIDEOID0000' });
const slide = (over: Partial<Note> = {}): Note =>
  aNote({ at: 1120, text: 'The three ways to scale a team', slide: { imageId: '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11', width: 1280, height: 720, type: 'image/webp' }, ...over });

describe('a slide note in a bundle', () => {
  it('is the line of the format reference: image after the moment link, text on the next line', () => {
    expect(noteItem(talk, slide(), 'en', undefined, undefined, slideNamer())).toBe(
      '- [18:40](https://www.youtube.com/watch?v=VIDEOID0000&t=1120s) ![Slide at 18:40](images/when-containers-attack-18m40s.webp)\n' +
        '  The three ways to scale a team',
    );
  });

  it('with no text is its moment and image alone; a JPEG is named .jpg', () => {
    const jpeg = slide({ text: '', slide: { imageId: '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11', width: 4, height: 3, type: 'image/jpeg' } });
    expect(noteItem(talk, jpeg, 'en', undefined, undefined, slideNamer())).toBe(
      '- [18:40](https://www.youtube.com/watch?v=VIDEOID0000&t=1120s) ![Slide at 18:40](images/when-containers-attack-18m40s.jpg)',
    );
  });

  it('keeps what would break the document inert on its own line, its points nested and its footnotes numbered', () => {
    const notes = footnotes();
    const item = noteItem(talk, slide({ text: '# not a heading^[from the Q&A]\n- a point' }), 'en', undefined, notes, slideNamer());
    expect(item).toBe(
      '- [18:40](https://www.youtube.com/watch?v=VIDEOID0000&t=1120s) ![Slide at 18:40](images/when-containers-attack-18m40s.webp)\n' +
        '  \\# not a heading[^1]\n' +
        '  - a point',
    );
    expect(notes.definitions()).toEqual(['[^1]: from the Q&A']);
  });

  it('names two slides of the same second apart, the same way every time', () => {
    const name = slideNamer();
    const again = slideNamer();
    const second = slide({ id: NOTE_2 });
    expect([name(talk, slide()), name(talk, second)]).toEqual(['when-containers-attack-18m40s.webp', 'when-containers-attack-18m40s-2.webp']);
    expect([again(talk, slide()), again(talk, second)]).toEqual(['when-containers-attack-18m40s.webp', 'when-containers-attack-18m40s-2.webp']);
    expect(name(talk, aNote())).toBeUndefined();
  });
});

describe('a slide note copied as text (no images)', () => {
  it('keeps its time link and its text', () => {
    expect(noteItem(talk, slide(), 'en')).toBe('- [18:40](https://www.youtube.com/watch?v=VIDEOID0000&t=1120s) The three ways to scale a team');
  });
});

describe('file names', () => {
  it('are ASCII slugs of the title, and the moment in hours, minutes and seconds', () => {
    expect(slideSlug('Æble: Ünïcode & CI/CD — “fast”')).toBe('ble-unicode-ci-cd-fast');
    expect(slideSlug('日本語')).toBe('slide');
    expect(slideSlug('../../etc/passwd')).toBe('etc-passwd');
    expect([momentInName(0), momentInName(59.9), momentInName(3725)]).toEqual(['0m00s', '0m59s', '1h02m05s']);
  });
});
