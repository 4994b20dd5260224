// Which of YouTube's pages name a video for the YouTube loader: a URL table.
import { describe, expect, it } from 'vitest';
import { youtubePageVideo } from '@/utils/sites/youtube/page-address';

const ID = 'dQw4w9WgXcQ';

describe('youtubePageVideo', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}&t=42s`, ID],
    [`https://m.youtube.com/watch?v=${ID}`, ID],
    [`https://www.youtube.com/live/${ID}`, ID],
    [`https://www.youtube.com/shorts/${ID}`, ID],
    ['https://www.youtube.com/', null],
    ['https://www.youtube.com/results?search_query=talks', null],
    ['https://www.youtube.com/watch?v=short', null],
    // An embed is the embed loader's page, not the watch loader's.
    [`https://www.youtube.com/embed/${ID}`, null],
    // Not one of YouTube's own pages.
    [`https://youtu.be/${ID}`, undefined],
    [`https://www.youtube-nocookie.com/embed/${ID}`, undefined],
    [`https://music.youtube.com/watch?v=${ID}`, undefined],
    [`https://www.youtube.com.evil.example/watch?v=${ID}`, undefined],
  ])('%s → %s', (address, expected) => {
    expect(youtubePageVideo(new URL(address))).toBe(expected);
  });
});
