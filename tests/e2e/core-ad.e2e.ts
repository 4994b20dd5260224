// Ads: while an ad plays (#movie_player.ad-showing) the video's currentTime is the
// ad's; a note typed then is stamped at the talk's own moment: its start, or the &t= start.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { playerState, TALKS } from './harness/youtube';
import { closeAll, takeNote, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const withAd = TALKS.find((t) => t.ad)!;

/** Waits until the ad has played `seconds` (so its time differs from the talk's moment). */
const adPlayedPast = (page: import('./harness/types').BrowserPage, seconds: number) =>
  until(`the ad past ${seconds} s`, async () => {
    const s = await playerState(page);
    return s.adShowing && s.src.includes('/ad.webm') && s.currentTime > seconds ? s : undefined;
  }, { timeout: 10_000 });

describe('a note typed during an ad', () => {
  it('is stamped at the talk moment the ad interrupted (0:00), not in ad time', async () => {
    const open = await openWatch(env, withAd.id, {}, { play: false });
    const { page, ui } = open;
    await adPlayedPast(page, 2.2);
    await takeNote(ui, 'during the ad');
    await waitForNotes(ui, ['0:00 during the ad']);
    expect((await playerState(page)).adShowing).toBe(true); // still the ad when it was stamped
    await closeAll(open);
  });

  it('is stamped at the start the URL asks for (&t=) when the ad plays before it', async () => {
    const open = await openWatch(env, 'adWithStart', { ad: '1', t: '45s' }, { play: false });
    const { page, ui } = open;
    await adPlayedPast(page, 2.2);
    await takeNote(ui, 'before the talk starts at 0:45');
    await waitForNotes(ui, ['0:45 before the talk starts at 0:45']);

    // After the ad the talk plays from 0:45 and notes follow its own time.
    await until('the talk from 0:45', async () => {
      const s = await playerState(page);
      return !s.adShowing && s.currentTime >= 45.5 ? s : undefined;
    }, { timeout: 15_000 });
    await takeNote(ui, 'in the talk');
    await waitForNotes(ui, ['0:45 before the talk starts at 0:45', /^0:4[5-9] in the talk$/]);
    await closeAll(open);
  });
});
