import type { EntryCard } from '@/utils/formats/schedule/entry-card';
import type { SidebarModel } from '@/utils/sidebar/model';

/** One entry's details: title, speakers, when (on the conference's clock), where. */
function EntryLine({ entry }: { entry: EntryCard }) {
  return (
    <>
      <span class="entry-title">{entry.title}</span>
      {entry.speakers.length > 0 && <span class="entry-speakers"> – {entry.speakers.join(', ')}</span>}
      <span class="entry-when"> · {[entry.when, entry.room].filter((x) => x !== null).join(' · ')}</span>
    </>
  );
}

/** Entries to choose from, one button each. */
function EntryChoices({ model, label, entries }: { model: SidebarModel; label: string; entries: EntryCard[] }) {
  const p = model.programme;
  return (
    <ul aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <button type="button" class="entry-choice" disabled={p.busy.value} onClick={() => void p.choose(entry.key)}>
            <EntryLine entry={entry} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Searching every stored programme for the entry the recording is. */
function EntrySearch({ model }: { model: SidebarModel }) {
  const p = model.programme;
  const search = p.search.value;
  if (search === null) return null;
  return (
    <div class="entry-search">
      <input
        type="search"
        aria-label="Search the programme"
        placeholder="Title or speaker"
        value={search.text}
        onInput={(e) => void p.find((e.currentTarget as HTMLInputElement).value)}
        ref={(el) => el?.focus()}
      />
      <EntryChoices model={model} label="Programme entries found" entries={search.found} />
      <button type="button" onClick={() => p.closeSearch()}>Cancel</button>
    </div>
  );
}

/**
 * The recording's place in an imported programme: the entry it is filed under (or matched
 * confidently), or "Is this …?" with the best entries, none sure enough; always a way to choose
 * another entry or to say it is none of them.
 */
export function ProgrammeEntry({ model }: { model: SidebarModel }) {
  const p = model.programme;
  const lookup = p.lookup.value;
  if (lookup === null || lookup.state === 'none') return null;
  const another = (
    <button type="button" class="entry-another" onClick={() => p.openSearch()} disabled={p.busy.value}>
      Choose another
    </button>
  );
  if (lookup.state === 'filed' || lookup.state === 'matched') {
    const { entry } = lookup;
    return (
      <section class="programme-entry" aria-label="Programme entry">
        <p>
          <span class="muted">{entry.conference}: </span>
          <EntryLine entry={entry} />
          {entry.track !== null && <span class="muted"> · {entry.track}</span>}
          {entry.cancelled && <strong> (cancelled)</strong>}
        </p>
        {entry.abstract !== null && <p class="entry-abstract">{entry.abstract}</p>}
        <p class="entry-actions">
          {another}{' '}
          <button type="button" onClick={() => void p.unlink()} disabled={p.busy.value} title="This recording is not that talk: take it out of the programme">
            Unlink
          </button>
        </p>
        <EntrySearch model={model} />
      </section>
    );
  }
  if (lookup.state === 'unlinked') {
    return (
      <section class="programme-entry" aria-label="Programme entry">
        <p class="muted">Not filed under the programme. {another}</p>
        <EntrySearch model={model} />
      </section>
    );
  }
  return (
    <section class="programme-entry" aria-label="Is this …?">
      <p>Is this …?</p>
      <EntryChoices model={model} label="Programme entries it may be" entries={lookup.candidates} />
      <p class="entry-actions">
        {another}{' '}
        <button type="button" onClick={() => void p.unlink()} disabled={p.busy.value}>None of these</button>
      </p>
      <EntrySearch model={model} />
    </section>
  );
}
