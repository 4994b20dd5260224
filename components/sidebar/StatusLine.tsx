import type { SidebarModel } from '@/utils/sidebar/model';

export function StatusLine({ model }: { model: SidebarModel }) {
  const status = model.status.value;
  return (
    <p class="status" role="status">
      {status?.text}
      {status?.undo && (
        <button type="button" class="undo" onClick={status.undo}>
          Undo
        </button>
      )}
    </p>
  );
}
