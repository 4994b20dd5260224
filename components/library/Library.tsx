import type { LibraryModel } from '@/utils/library/model';
import { ConferenceForm } from '@/components/library/ConferenceForm';
import { ConferenceSection } from '@/components/library/ConferenceSection';
import { ExportPanel } from '@/components/library/ExportPanel';
import { FileButton } from '@/components/library/FileButton';
import { Panel } from '@/components/library/Panel';
import { ScheduleUrl } from '@/components/library/ScheduleUrl';
import { SearchBox, SearchResults } from '@/components/library/Search';
import { StatusBar } from '@/components/library/StatusBar';
import { TalkDetails } from '@/components/library/TalkDetails';
import { TalkRow } from '@/components/library/TalkRow';
import { SyncSection } from '@/components/library/SyncSection';
import type { SyncModel } from '@/utils/library/sync';

export function Library({ model, sync }: { model: LibraryModel; sync?: SyncModel }) {
  const groups = model.groups.value;
  const empty = model.loaded.value && groups.conferences.length === 0 && groups.unassigned.length === 0;
  return (
    <div
      class="library"
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        void model.programmes.importFile(file);
      }}
    >
      <header class="top">
        <h1>Talk Notes library</h1>
        <SearchBox model={model} />
        <div class="actions">
          <button type="button" onClick={() => model.editConference(null)}>
            New conference
          </button>
          <button type="button" disabled={model.backup.busy.value} onClick={() => void model.backup.backup()}>
            Back up everything
          </button>
          <FileButton
            label="Restore from backup"
            accept=".json,application/json"
            disabled={model.backup.busy.value}
            onFile={(file) => void model.backup.restore(file)}
          />
          <FileButton
            label="Import Web Annotations…"
            accept=".jsonld,.json,application/ld+json,application/json"
            disabled={model.backup.busy.value}
            onFile={(file) => void model.backup.importAnnotations(file)}
          />
          <FileButton
            label="Import schedule…"
            title="A conference's programme (schedule JSON, XML or iCalendar), as a new conference; or drop the file on the page"
            accept=".json,.xml,.ics,.ical,application/json,application/xml,text/xml,text/calendar"
            disabled={model.programmes.busy.value}
            onFile={(file) => void model.programmes.importFile(file)}
          />
          <ScheduleUrl model={model} />
        </div>
      </header>
      <StatusBar model={model} />
      <div class={`layout${model.panel.value ? ' with-panel' : ''}`}>
        <main aria-busy={model.loaded.value ? 'false' : 'true'}>
          <SearchResults model={model} />
          {!model.loaded.value && <p class="muted">Reading your notes…</p>}
          {empty && <p class="muted">No notes yet. Open a talk’s recording on YouTube and write a note in the sidebar; it shows up here.</p>}
          {groups.conferences.map((g) => (
            <ConferenceSection key={g.conference.id} model={model} group={g} />
          ))}
          {groups.unassigned.length > 0 && (
            <section class="unassigned" aria-labelledby="unassigned-title">
              <h2 id="unassigned-title">Talks not in a conference</h2>
              <ul class="talks">
                {groups.unassigned.map((t) => (
                  <TalkRow key={t.talk.id} model={model} item={t} conference={null} />
                ))}
              </ul>
            </section>
          )}
        </main>
        <SidePanel model={model} />
      </div>
      {/* Set once, below the notes: the library opens on what the person came for. Drawn with
          the list, so that it is not in view (and read) before the talks have pushed it down. */}
      {sync && model.listed.value && <SyncSection model={sync} />}
    </div>
  );
}

function SidePanel({ model }: { model: LibraryModel }) {
  const p = model.panel.value;
  if (!p) return null;
  if (p.kind === 'conference') {
    const c = p.id ? model.conferenceById(p.id) : null;
    return (
      <Panel key={`c ${p.id ?? 'new'}`} title={c ? `Edit ${c.name}` : 'New conference'} onClose={model.closePanel}>
        <ConferenceForm model={model} id={p.id} />
      </Panel>
    );
  }
  if (p.kind === 'talk') {
    const talk = model.talkById(p.talkId);
    if (!talk) return null;
    return (
      <Panel key={`t ${talk.id}`} title={`Details of ${talk.title || 'Untitled talk'}`} onClose={model.closePanel}>
        <TalkDetails model={model} talk={talk} />
      </Panel>
    );
  }
  return (
    <Panel key="export" title={`Export: ${model.exporter.target.value?.name ?? ''}`} onClose={model.closePanel}>
      <ExportPanel model={model} />
    </Panel>
  );
}
