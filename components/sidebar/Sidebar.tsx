import type { Signal } from '@preact/signals';
import type { SidebarModel } from '@/utils/sidebar/model';
import { NoteEditor } from '@/components/sidebar/NoteEditor';
import { NoteList } from '@/components/sidebar/NoteList';
import { Options } from '@/components/sidebar/Options';
import { ProgrammeEntry } from '@/components/sidebar/ProgrammeEntry';
import { StatusLine } from '@/components/sidebar/StatusLine';
import { TalkHeader } from '@/components/sidebar/TalkHeader';
import { SlideViewer } from '@/components/sidebar/SlideViewer';

export interface SidebarProps {
  model: SidebarModel;
  dark: Signal<boolean>;
  /** Lets the page wiring focus the note box (shortcut). */
  boxRef: { current: HTMLTextAreaElement | null };
  /** No column to sit in: a panel at the page's right edge. */
  floating?: boolean;
  onToggle: () => void;
  onExport: (how: 'copy' | 'download') => void;
}

export function Sidebar({ model, dark, boxRef, floating, onToggle, onExport }: SidebarProps) {
  const open = model.settings.value.open;
  return (
    <aside role="region" class={`sidebar${dark.value ? ' dark' : ''}${floating ? ' floating' : ''}`} aria-label="Talk notes" hidden={!model.ref.value}>
      <header>
        <button type="button" class="toggle" aria-expanded={open} aria-controls="tn-body" onClick={onToggle} title="Show or hide (Alt+Shift+S)">
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Talk notes
        </button>
        {/* Signals bound to the text and attributes: a note added or saved redraws the list, not the whole sidebar. */}
        <span class="count">{model.count} notes</span>
      </header>
      {/* Folded, the body is not drawn at all: a person who keeps the sidebar folded pays for its header only. */}
      <div id="tn-body" hidden={!open}>
        {open && (
          <>
            <TalkHeader model={model} />
            <ProgrammeEntry model={model} />
            <NoteEditor model={model} boxRef={boxRef} />
            <SlideViewer model={model} />
            <StatusLine model={model} />
            <NoteList key={model.ref.value?.talkId} model={model} />
            <footer>
              <button type="button" onClick={() => onExport('copy')} disabled={model.empty}>Copy Markdown</button>
              <button type="button" onClick={() => onExport('download')} disabled={model.empty}>Download Markdown</button>
              <button type="button" onClick={() => void model.openLibrary(true)}>Talk details</button>
              <button type="button" onClick={() => void model.openLibrary()}>Library</button>
              <Options model={model} />
            </footer>
          </>
        )}
      </div>
    </aside>
  );
}
