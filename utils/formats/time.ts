/** `m:ss` below an hour, `h:mm:ss` from one hour on; fractions are dropped, negatives count as 0. */
export function formatMoment(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Reads `1:02:03`, `2:03`, `45` (and `1h2m3s`, `90s`) as seconds; null when it is none of these. */
export function parseMoment(text: string): number | null {
  const t = text.trim();
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (clock) {
    const [, h = '0', m = '0', s = '0'] = clock;
    if (Number(s) > 59 || (clock[1] !== undefined && Number(m) > 59)) return null;
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
  }
  if (/^\d+$/.test(t)) return Number(t);
  const units = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(t);
  if (units && t !== '') {
    const [, h = '0', m = '0', s = '0'] = units;
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
  }
  return null;
}
