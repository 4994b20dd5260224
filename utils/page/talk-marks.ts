import browser from 'webextension-polyfill';
import type { TalkId } from '../model/ids';
import type { HandMarks } from '../sites/parts';

const KEY = 'talkMarks';
const MAX_PER_RECORDING = 200;
type Marks = Record<string, number[]>;

function clean(value: unknown): Marks {
  const out: Marks = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [id, list] of Object.entries(value)) {
    if (Array.isArray(list)) out[id] = list.filter((n): n is number => Number.isInteger(n) && n >= 0).slice(0, MAX_PER_RECORDING);
  }
  return out;
}

/** Talk starts marked by hand, in the extension's own storage (never the page's), shared by every tab. */
export function createMarkStore(signal: AbortSignal): HandMarks {
  let marks: Marks = {};
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((f) => f());
  void browser.storage.local.get(KEY).then((got) => {
    marks = clean(got[KEY]);
    changed();
  });
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    marks = clean(changes[KEY]?.newValue);
    changed();
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
  return {
    get: (recording: TalkId) => marks[recording] ?? [],
    add(recording, at) {
      const list = marks[recording] ?? [];
      if (list.includes(at)) return;
      marks = { ...marks, [recording]: [...list, at].sort((a, b) => a - b) };
      changed();
      void browser.storage.local.set({ [KEY]: marks });
    },
    subscribe(listener, sig) {
      listeners.add(listener);
      sig.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
