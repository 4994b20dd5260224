import { Component } from 'preact';
import { recordingLink } from '@/utils/formats/deep-link';
import type { LibraryModel } from '@/utils/library/model';
import type { ConferenceId } from '@/utils/model/ids';
import type { Conference, Talk } from '@/utils/model/types';
import { choiceButton, choiceOf, ChoiceSelect, type Choice, type ChoiceProps, type Made } from '@/components/library/ChoiceButton';
import type { LibraryTalk } from '@/utils/model/replies';
import { joinSpeakerNames } from '@/utils/sidebar/speaker-names';

interface RowProps {
  model: LibraryModel;
  item: LibraryTalk;
  /** The section's conference; null in no conference. */
  conference: Conference | null;
  /** Where it sits among its conference day's talks; absent in no conference. */
  index?: number;
  count?: number;
}

/** The row's choices reached so far (each then stays a select) and how. */
interface RowState {
  made: Readonly<Partial<Record<string, Made>>>;
}

/**
 * A row drawn again only when one of its props changed, or one of its choices was reached. It
 * reads no signal itself, so a panel opening, a programme read or one talk moving redraws the
 * rows concerned, not all 215. It listens for all its controls (their `data-act` or
 * `data-choice`): 215 rows open with ~2,000 fewer listeners and no component per choice.
 */
export class TalkRow extends Component<RowProps, RowState> {
  override state: RowState = { made: {} };
  /** A press began on a choice: the focus it brings opens the list too. */
  private pressed = false;

  override shouldComponentUpdate(next: RowProps, state: RowState): boolean {
    const p = this.props;
    return state !== this.state || next.item !== p.item || next.conference !== p.conference || next.index !== p.index || next.count !== p.count || next.model !== p.model;
  }

  private reach(field: string | null, how: Made): void {
    if (field === null || this.state.made[field] === how) return;
    this.setState({ made: { ...this.state.made, [field]: how } });
  }

  private readonly onMouseDown = (e: MouseEvent) => {
    if (choiceOf(e.target) !== null) this.pressed = true;
  };

  private readonly onFocusIn = (e: FocusEvent) => this.reach(choiceOf(e.target), this.pressed ? 'press' : 'focus');

  private readonly onClick = (e: MouseEvent) => {
    const field = choiceOf(e.target);
    if (field !== null) return this.reach(field, 'press');
    const { model, item } = this.props;
    void act(model, item.talk, titleOf(item.talk), e.target);
  };

  // Called, not rendered as a component of its own: 215 fewer components to make at opening.
  override render(props: RowProps, state: RowState) {
    return Row(props, state.made, { onClick: this.onClick, onMouseDown: this.onMouseDown, onFocusIn: this.onFocusIn });
  }
}

const titleOf = (talk: Talk) => talk.title || 'Untitled talk';

interface RowListeners {
  onClick: (e: MouseEvent) => void;
  onMouseDown: (e: MouseEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
}

/** A choice as the row shows it: the plain button until reached, then the select. */
function choice(field: string, made: Made | undefined, props: ChoiceProps) {
  return made ? <ChoiceSelect key={field} made={made} {...props} /> : choiceButton(field, props);
}

/** One talk: its title and counts, where it belongs, and what can be done with it. */
function Row({ model, item, conference, index, count }: RowProps, made: RowState['made'], listeners: RowListeners) {
  const { talk, notes } = item;
  const title = titleOf(talk);
  return (
    <li class="talk-row" id={`talk-${talk.id}`}>
      <div class="talk-info">
        <span class="talk-title">{title}</span>
        <span class="muted">{`${talk.speakers.length > 0 ? ` · ${joinSpeakerNames(talk.speakers)}` : ''} · ${notes === 1 ? '1 note' : `${notes} notes`}`}</span>
      </div>
      {/* Its buttons have no type: no row is in a form, and each attribute costs 215 times at opening. */}
      <div class="talk-actions" {...listeners}>
        {choice('conference', made['conference'], {
          id: `conference-of-${talk.id}`,
          label: `Conference for: ${title}`,
          current: conference ? { value: conference.id, label: conference.name } : NO_CONFERENCE,
          choices: () => [NO_CONFERENCE, ...model.conferences.value.map((c) => ({ value: c.id, label: c.name }))],
          onChange: (id) => {
            // The row moves to another section: keep the focus on this list there.
            void model.assign(talk.id, id === '' ? null : (id as ConferenceId), null).then(() => refocus(`conference-of-${talk.id}`));
          },
        })}
        {conference &&
          choice('day', made['day'], {
            id: `day-of-${talk.id}`,
            label: `Day for: ${title}`,
            current: talk.day === undefined ? NO_DAY : dayChoice(talk.day),
            choices: () => [NO_DAY, ...daysOf(conference, talk.day).map(dayChoice)],
            onChange: (value) => {
              const day = value === '' ? null : Number(value);
              void model.assign(talk.id, conference.id, day).then(() => refocus(`day-of-${talk.id}`));
            },
          })}
        {index !== undefined && count !== undefined && (
          <>
            <button id={`move-up-${talk.id}`} data-act="up" aria-label={`Move up: ${title}`} aria-disabled={index === 0 ? 'true' : undefined}>
              Up
            </button>
            <button id={`move-down-${talk.id}`} data-act="down" aria-label={`Move down: ${title}`} aria-disabled={index === count - 1 ? 'true' : undefined}>
              Down
            </button>
          </>
        )}
        <button data-act="details" aria-label={`Edit details: ${title}`}>
          Details
        </button>
        <button data-act="export" aria-label={`Export talk: ${title}`}>
          Export
        </button>
        <a href={recordingLink(talk)} target="_blank" rel="noopener noreferrer" aria-label={`Open recording: ${title}`}>
          Recording
        </a>
        <button class="danger" data-act="delete" aria-label={`Delete talk: ${title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

const NO_CONFERENCE: Choice = { value: '', label: 'No conference' };
const NO_DAY: Choice = { value: '', label: 'No day' };
const dayChoice = (d: number): Choice => ({ value: String(d), label: `Day ${d}` });

/** The conference's days, and the talk's own if the conference no longer lists it. */
function daysOf(conference: Conference, day: number | undefined): number[] {
  return [...new Set([...conference.days.map((d) => d.number), ...(day ? [day] : [])])].sort((a, b) => a - b);
}

/**
 * What a row's button (its `data-act`) does. Up and Down are aria-disabled rather than disabled
 * at the ends, so the focus stays on them; after a move the focus is put back on the button,
 * wherever the row went.
 */
async function act(model: LibraryModel, talk: Talk, title: string, target: EventTarget | null): Promise<void> {
  const button = target instanceof Element ? target.closest<HTMLButtonElement>('button[data-act]') : null;
  switch (button?.dataset['act']) {
    case 'up':
    case 'down': {
      if (button.getAttribute('aria-disabled') === 'true') return;
      const id = button.id;
      await model.move(talk.id, button.dataset['act'] === 'up' ? -1 : 1);
      refocus(id);
      return;
    }
    case 'details':
      model.editTalk(talk.id);
      return;
    case 'export':
      return model.openExport({ kind: 'talk', talkId: talk.id, name: title });
    case 'delete':
      return model.deleteTalk(talk.id);
  }
}

/**
 * Gives the focus back to the control `id` once its change is shown: the row may have moved,
 * and moving a focused element drops the focus to the page. If the person has gone on to
 * another control meanwhile (the change took a moment), the focus stays where they put it.
 */
function refocus(id: string): void {
  const el = document.getElementById(id);
  const active = document.activeElement;
  if (el && active !== el && (active === null || active === document.body)) el.focus();
}
