import type { Speaker } from '@/utils/model/types';
import { MAX, plainText } from '@/utils/sites/metadata/text';

// A capitalised word with lower case after it: "Anne", "Blank-Edelman", "O'Brien", "McKenna", "Müller".
// Words like "JavaScript", "GitHub", "AWS" or "C++" do not have this shape.
const WORD = /^(?:\p{Lu}['’]|Mc|Mac|De|Di|Da|Du|La|Le)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|du|dos|das|la|le|ten|ter|bin|al|el)$/;
const HANDLE = /^@[A-Za-z0-9_]{1,30}$/;

/**
 * Capitalised words that are far likelier to start or end a talk title, a label or a product
 * than to be part of a person's name. A wrong speaker is worse than none, so any of them vetoes.
 */
const NOT_NAMES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `a an the of in on to for with and or at from into onto by about over under beyond inside outside
  my your our their his her its we you they i it this that these those what why how when where who which
  is are was be not no all any some every new old big small good bad best better fast faster slow modern
  simple easy hard real true false more less most next last first one two three four five ten hundred
  keynote talk lightning panel workshop session tutorial demo live stream opening closing remarks welcome
  intro introduction overview update announcement day track part chapter episode edition q&a ama
  deep dive future state art journey story stories guide tips tricks patterns practices lessons learned
  getting started building making writing testing using scaling learning understanding running shipping
  hello goodbye stop start make build write ship run let's lets don't can can't will should must
  data cloud native web security design systems system engineering software code coding programming
  development performance machine networks network microservices serverless containers container
  database databases open source platform apps app api apis tools tooling compiler compilers language
  languages types type functional reactive async concurrency memory safety safe unsafe distributed
  rust go golang python java kotlin swift ruby rails scala haskell elixir erlang clojure perl php dart
  flutter linux unix windows android docker kubernetes react vue angular svelte node deno bun spring
  google microsoft amazon apple azure meta facebook netflix uber spotify mozilla firefox chrome lang
  programs techniques things thing way ways world life time times year years people team teams
  hall room stage main auditorium foundation community project projects group`.split(/\s+/),
);

/** One person from text like "Anne Currie", "David N. Blank-Edelman (Apcera) @otterbook", or null. */
export function parsePerson(text: string): Speaker | null {
  let rest = text.trim();
  const handles: string[] = [];
  for (let m = /\s(@\S+)$/.exec(rest); m; m = /\s(@\S+)$/.exec(rest)) {
    if (!HANDLE.test(m[1]!)) return null;
    handles.unshift(m[1]!);
    rest = rest.slice(0, m.index).trimEnd();
  }
  let org: string | undefined;
  const inParens = /^(.*\S)\s*\(([^()]{2,80})\)$/.exec(rest);
  if (inParens) {
    rest = inParens[1]!;
    org = plainText(inParens[2], MAX.name);
  }
  const words = rest.split(/\s+/);
  if (!isName(words)) return null;
  const speaker: Speaker = { name: plainText(words.join(' '), MAX.name) };
  if (org) speaker.org = org;
  if (handles.length > 0) speaker.handles = handles;
  return speaker;
}

/** Several people joined by commas, "and" or "&"; null unless every one of them looks like a person. */
export function parsePeople(text: string): Speaker[] | null {
  if (text.length > 200) return null;
  const parts = text.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/);
  if (parts.length > 6) return null;
  const people: Speaker[] = [];
  for (const part of parts) {
    const person = parsePerson(part);
    if (!person) return null;
    people.push(person);
  }
  return people;
}

function isName(words: string[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || !WORD.test(first) || !WORD.test(last)) return false;
  let count = 0;
  for (const w of words) {
    if (NOT_NAMES.has(w.toLowerCase())) return false;
    if (WORD.test(w) || INITIALS.test(w)) count++;
    else if (!PARTICLE.test(w)) return false;
  }
  return count >= 2 && count <= 4;
}
