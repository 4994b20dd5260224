import { useState } from 'preact/hooks';
import type { SidebarModel } from '@/utils/sidebar/model';

const REWINDS = [0, 2, 3, 5, 10];

export function Options({ model }: { model: SidebarModel }) {
  // Drawn when opened: a closed panel costs the sidebar's first screen nothing.
  const [shown, setShown] = useState(false);
  return (
    <details class="options" onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary>Options</summary>
      {shown && <OptionFields model={model} />}
    </details>
  );
}

function OptionFields({ model }: { model: SidebarModel }) {
  const s = model.settings.value;
  return (
    <>
      <label>
        Rewind{' '}
        <select value={String(s.rewind)} onChange={(e) => (model.settings.value = { ...s, rewind: Number(e.currentTarget.value) })}>
          {REWINDS.map((r) => (
            <option value={String(r)}>{r} s</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={s.pauseWhileTyping} onChange={(e) => (model.settings.value = { ...s, pauseWhileTyping: e.currentTarget.checked })} />{' '}
        Pause while typing
      </label>
      <label>
        <input type="checkbox" checked={s.everyVideo} onChange={(e) => (model.settings.value = { ...s, everyVideo: e.currentTarget.checked })} />{' '}
        Open the sidebar on every video
      </label>
    </>
  );
}
