import type { LibraryModel } from '@/utils/library/model';

/** A schedule's address to import from; the submit (a click or Enter) is the gesture the browser's permission prompt needs. */
export function ScheduleUrl({ model }: { model: LibraryModel }) {
  return (
    <form
      class="schedule-url"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('schedule-url') as HTMLInputElement;
        void model.programmes.importUrl(input.value).then(() => {
          if (model.status.value?.error === false) input.value = '';
        });
      }}
    >
      <input
        type="url"
        name="schedule-url"
        aria-label="Schedule address"
        placeholder="https://… schedule.json, .xml or .ics"
        required
        disabled={model.programmes.busy.value}
      />
      <button type="submit" disabled={model.programmes.busy.value} title="Fetches the schedule from its site; the browser asks you to allow that one site">
        Import from URL
      </button>
    </form>
  );
}
