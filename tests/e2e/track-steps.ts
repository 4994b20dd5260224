// The browser's own WebVTT parser as a viewer meets it: subtitles loaded into a <track> of a
// fixture page's <video>, read back cue by cue.
import type { BrowserSession } from './harness/types';

/** The fixture page with a plain <video> (served for the host `conf.example`: pass it to useBrowser). */
export const TRACK_PAGE = 'https://conf.example/__fixtures/formats/track.html';

export interface ReadCue {
  id: string;
  startTime: number;
  endTime: number;
  /** What the viewer sees: the cue parsed (entities decoded, tags applied) as text. */
  text: string;
}

/** The cues the browser parsed from `vtt`, loaded as the subtitles of the video at TRACK_PAGE. */
export async function cuesOf(browser: BrowserSession, vtt: string): Promise<ReadCue[]> {
  const page = await browser.newPage(TRACK_PAGE);
  try {
    return await page.evaluate(async (text: string) => {
      const video = document.querySelector('video')!;
      const track = document.createElement('track');
      track.kind = 'subtitles';
      track.srclang = 'en';
      track.label = 'Notes';
      track.src = URL.createObjectURL(new Blob([text], { type: 'text/vtt' }));
      const loaded = new Promise<void>((resolve, reject) => {
        track.addEventListener('load', () => resolve());
        track.addEventListener('error', () => reject(new Error('the track did not load')));
        setTimeout(() => reject(new Error('the track did not load in 10 s')), 10_000);
      });
      video.append(track);
      track.track.mode = 'hidden';
      await loaded;
      return Array.from(track.track.cues ?? [], (c) => {
        const cue = c as VTTCue;
        const shown = document.createElement('div');
        shown.append(cue.getCueAsHTML());
        return { id: cue.id, startTime: cue.startTime, endTime: cue.endTime, text: shown.textContent ?? '' };
      });
    }, vtt);
  } finally {
    await page.close();
  }
}
