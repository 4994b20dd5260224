import { describe, expect, it } from 'vitest';
import { fragmentStart } from '@/utils/formats/media-fragment';

describe('fragmentStart', () => {
  it('reads normal play time in seconds, mm:ss and h:mm:ss, with or without npt:', () => {
    expect(fragmentStart('t=754')).toBe(754);
    expect(fragmentStart('t=754.25,790')).toBe(754.25);
    expect(fragmentStart('t=754.')).toBe(754);
    expect(fragmentStart('t=npt:0.0000001')).toBe(1e-7);
    expect(fragmentStart('t=npt:12:34')).toBe(754);
    expect(fragmentStart('t=1:02:03.5')).toBe(3723.5);
    expect(fragmentStart('t=100:00:00')).toBe(360_000);
  });

  it('reads an open start as the beginning, and the time among other dimensions', () => {
    expect(fragmentStart('t=,90')).toBe(0);
    expect(fragmentStart('xywh=160,120,320,240&t=10')).toBe(10);
  });

  it('reads nothing from other time formats, malformed times or fragments without a time', () => {
    for (const value of ['t=smpte:0:02:00', 't=clock:2011-10-01T23:00:45Z', 't=', 't=1e3', 't=-5', 't=1:60', 't=61:00', 't=1:2:03', 'xywh=1,2,3,4', 'track=audio', 'at=5', 't=0x10', 't= 5']) {
      expect([value, fragmentStart(value)]).toEqual([value, null]);
    }
  });
});
