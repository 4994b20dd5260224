import { describe, expect, it } from 'vitest';
import { isYoutubeId, youtubeIdFromUrl, youtubeRef } from '@/utils/sites/youtube/id';

const ID = 'dQw4w9WgXcQ';

describe('youtubeIdFromUrl', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, ID],
    [`https://youtube.com/watch?v=${ID}`, ID],
    [`http://www.youtube.com/watch?v=${ID}`, ID],
    [`https://m.youtube.com/watch?v=${ID}`, ID],
    [`https://music.youtube.com/watch?v=${ID}`, ID],
    [`https://www.youtube.com/watch?v=${ID}&t=123s`, ID],
    [`https://www.youtube.com/watch?v=${ID}&list=PL0123456789&index=4`, ID],
    [`https://www.youtube.com/watch?feature=share&v=${ID}&si=AbCdEf`, ID],
    [`https://www.youtube.com/watch?v=${ID}#t=30`, ID],
    [`https://www.youtube.com/live/${ID}`, ID],
    [`https://www.youtube.com/live/${ID}?si=xyz&t=60`, ID],
    [`https://www.youtube.com/shorts/${ID}`, ID],
    [`https://www.youtube.com/shorts/${ID}/`, ID],
    [`https://www.youtube.com/embed/${ID}`, ID],
    [`https://www.youtube.com/embed/${ID}?start=10&autoplay=1`, ID],
    [`https://youtu.be/${ID}`, ID],
    [`https://youtu.be/${ID}?t=42&si=abc`, ID],
    [`https://www.youtube-nocookie.com/embed/${ID}`, ID],
    [`https://youtube-nocookie.com/embed/${ID}?rel=0`, ID],
    [`https://WWW.YOUTUBE.COM/watch?v=${ID}`, ID],
    ['https://www.youtube.com/watch?v=a-b_c-d_e-f', 'a-b_c-d_e-f'],
  ])('reads %s as %s', (url, id) => {
    expect(youtubeIdFromUrl(url)).toBe(id);
  });

  it.each([
    [`https://www.youtube.com/watch?v=${ID}x`, 'an id one character too long'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXc', 'an id one character short'],
    ['https://www.youtube.com/watch?v=dQw4w9WgX%3D', 'a character outside the alphabet'],
    ['https://www.youtube.com/watch?v=dQw4w9WgX.Q', 'a dot in the id'],
    ['https://www.youtube.com/watch', 'no id at all'],
    ['https://www.youtube.com/watch?list=PL0123456789', 'a playlist without a video'],
    [`https://youtube.com.evil.example/watch?v=${ID}`, 'a look-alike host'],
    [`https://evil.example/youtube.com/watch?v=${ID}`, 'youtube.com inside the path'],
    [`https://notyoutube.com/watch?v=${ID}`, 'a host ending in youtube.com'],
    [`https://www.youtube.com/channel/${ID}`, 'a channel path'],
    [`https://www.youtube.com/embed/${ID}/extra`, 'an extra path segment'],
    [`https://youtu.be/${ID}/more`, 'an extra short-link segment'],
    [`https://www.youtube-nocookie.com/watch?v=${ID}`, 'a watch page on the no-cookie host'],
    [`ftp://www.youtube.com/watch?v=${ID}`, 'another scheme'],
    [`javascript:alert(1)//www.youtube.com/watch?v=${ID}`, 'a javascript: address'],
    ['not a url', 'text that is no address'],
    ['', 'the empty string'],
  ])('refuses %s (%s)', (url) => {
    expect(youtubeIdFromUrl(url)).toBeNull();
  });

  it('accepts a URL object as well as a string', () => {
    expect(youtubeIdFromUrl(new URL(`https://youtu.be/${ID}`))).toBe(ID);
  });
});

describe('isYoutubeId', () => {
  it.each([
    [ID, true],
    ['dQw4w9WgXc', false],
    ['dQw4w9WgXc!', false],
  ])('says %s is an id: %s', (s, ok) => {
    expect(isYoutubeId(s)).toBe(ok);
  });
});

describe('youtubeRef', () => {
  it('names the recording by platform and id, with the canonical watch address', () => {
    expect(youtubeRef(ID)).toEqual({
      platform: 'youtube',
      videoId: ID,
      talkId: `youtube:${ID}`,
      url: `https://www.youtube.com/watch?v=${ID}`,
    });
  });
});
