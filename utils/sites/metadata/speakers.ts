import type { Speaker } from '@/utils/model/types';
import { parsePeople } from '@/utils/sites/metadata/person-name';
import { MAX, plainText } from '@/utils/sites/metadata/text';

export interface SpeakerGuess {
  /** The talk's own title: speaker and conference parts taken off. */
  title: string;
  speakers: Speaker[];
}

// "|" may stand unspaced; a hyphen only splits when spaced, so "Jean-Luc" and "Blank-Edelman" stay whole.
const SEPARATOR = /(\s*[|–—]\s*|\s+(?:-|\/\/|•|·)\s+)/;
const CONF_WORD = /\b(?:conf|conference|summit|meetup|symposium|congress|devroom|expo|webinar|festival)\b/i;
// "RustConf", "GopherCon", "QCon", "JSConf2024", "RubyFest", "BarCamp", "DevDays"; not "Falcon" or "Silicon".
const CONF_COMPOUND = /[A-Za-z](?:Con|Conf|Fest|Camp|Days)(?![a-z])/;
// "FOSDEM 2024", "NDC Oslo 2023", "Strange Loop 2019".
const YEAR_EVENT = /^(?:\S+\s){1,4}(?:19|20)\d\d$/;
// "Day 1", "Day 2, Main Stage", "Dag 1: Mandag", "Tag 3": a part naming a day makes the title an event's ("Conference – Day 1").
const DAY_LABEL = /^(?:day|dag|tag|jour|d[ií]a|giorno|dzie[nń])\s*(?:\d{1,2}|one|two|three|four|five)\b/i;

interface Part {
  text: string;
  /** The separator that stood before this part, as written. */
  sep: string;
}

/**
 * The speakers a conference video title names, from the usual patterns: "Title – Speaker",
 * "Speaker: Title", "Title | Speaker | Conf 2024", "Title by Speaker", "A and B", "A & B", "A, B".
 * Conservative: a name must be 2–4 capitalised words with no digits or common title words, and a
 * title where two parts could be the speaker names none.
 */
export function guessSpeakers(rawTitle: string): SpeakerGuess {
  const clean = plainText(rawTitle, MAX.title);
  if (clean === '') return { title: '', speakers: [] };
  let parts = split(dropBracketedConference(clean));
  if (parts.length > 1 && parts.some((p) => DAY_LABEL.test(p.text.trim()))) return { title: clean, speakers: [] };
  let speakers: Speaker[] | null = null;

  const head = parts[0]!;
  const colon = head.text.indexOf(': ');
  if (colon > 0 && isConference(head.text.slice(0, colon), true)) {
    head.text = head.text.slice(colon + 2);
  }
  const prefix = head.text.indexOf(': ');
  if (prefix > 0) {
    const people = parsePeople(head.text.slice(0, prefix));
    if (people) {
      speakers = people;
      head.text = head.text.slice(prefix + 2);
    }
  }

  parts = parts.filter((p, i) => !(parts.length > 1 && isConference(p.text, i === 0)));

  if (parts.length > 1) {
    const found = parts.flatMap((p, i) => {
      const people = parsePeople(p.text);
      return people ? [{ i, people }] : [];
    });
    // Titles like "Practical Istio" have a name's shape too; then only telling signs decide.
    const pick = found.length === 1 ? found : found.filter((f) => telling(f.people));
    if (pick.length === 1 && !speakers) {
      speakers = pick[0]!.people;
      parts.splice(pick[0]!.i, 1);
    } else if (found.length > 0) {
      return { title: clean, speakers: [] };
    }
  }

  const last = parts[parts.length - 1]!;
  if (!speakers) {
    const by = /^(.*\S)\s+by\s+(\S.*)$/i.exec(last.text) ?? /^(.*\S)\s*\(([^()]+)\)$/.exec(last.text);
    const people = by ? parsePeople(by[2]!) : null;
    if (by && people) {
      speakers = people;
      last.text = by[1]!;
    }
  }

  const title = join(parts);
  return title ? { title, speakers: speakers ?? [] } : { title: clean, speakers: [] };
}

/** Signs that words are people rather than a title: a list of them, a handle, an initial, "van", "O'Brien", "Blank-Edelman". */
function telling(people: Speaker[]): boolean {
  return people.length > 1 || people.some((s) => s.handles || s.org || /\p{Lu}\.|\s\p{Ll}|['’-]/u.test(s.name));
}

/** Whether a title part names the event rather than the talk; a leading part needs an event word, not just a year. */
function isConference(text: string, leading: boolean): boolean {
  const t = text.trim();
  if (CONF_WORD.test(t) || CONF_COMPOUND.test(t)) return true;
  return !leading && YEAR_EVENT.test(t);
}

function dropBracketedConference(text: string): string {
  const m = /^(.*\S)\s*[([]([^()[\]]{2,80})[)\]]$/.exec(text);
  return m && isConference(m[2]!, false) ? m[1]! : text;
}

function split(text: string): Part[] {
  const pieces = text.split(SEPARATOR);
  const parts: Part[] = [{ text: pieces[0]!, sep: '' }];
  for (let i = 1; i + 1 < pieces.length; i += 2) parts.push({ sep: pieces[i]!, text: pieces[i + 1]! });
  return parts.filter((p) => p.text.trim() !== '');
}

function join(parts: Part[]): string {
  return parts
    .map((p, i) => (i === 0 ? p.text : p.sep + p.text))
    .join('')
    .trim();
}
