import type { ProgrammeLink } from '@/utils/model/programme';
import { plainLine } from '@/utils/formats/schedule/plain-text';

/** Reading one value of an untrusted document: the wrong type reads as absent, never throws. */
export type Json = unknown;

export function record(v: Json): Record<string, Json> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Json>) : null;
}

export function list(v: Json): Json[] {
  return Array.isArray(v) ? v : [];
}

/** A string or number as trimmed text; null for anything else or for empty text. */
export function text(v: Json): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** An http(s) address, resolved against the schedule's base; anything else (javascript:, data:…) is dropped. */
export function webUrl(v: Json, base: string | null = null): string | null {
  const t = text(v);
  if (t === null) return null;
  let u: URL;
  try {
    u = base === null ? new URL(t) : new URL(t, base);
  } catch {
    return null;
  }
  return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
}

/** A link with a usable address; its title is the address when the schedule gives none. */
export function link(title: Json, url: Json, base: string | null = null): ProgrammeLink | null {
  const href = webUrl(url, base);
  return href === null ? null : { title: plainLine(text(title)) ?? href, url: href };
}

/** The objects of a list; anything else in it is passed over. */
export function records(v: Json): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  for (const item of list(v)) {
    const r = record(item);
    if (r) out.push(r);
  }
  return out;
}
