import { describe, expect, it } from 'vitest';
import type { Speaker } from '@/utils/model/types';
import { guessSpeakers } from '@/utils/sites/metadata/speakers';

const p = (name: string, extra: Partial<Speaker> = {}): Speaker => ({ name, ...extra });

describe('guessSpeakers', () => {
  it.each<[string, string, Speaker[]]>([
    ['Set Your Sites on Tracing – Adrian Cole', 'Set Your Sites on Tracing', [p('Adrian Cole')]],
    ['When Containers Attack — Anne Currie', 'When Containers Attack', [p('Anne Currie')]],
    ['Building a Debugger - Jane Doe', 'Building a Debugger', [p('Jane Doe')]],
    ['Jane Doe: Writing a Compiler in Rust', 'Writing a Compiler in Rust', [p('Jane Doe')]],
    ['Writing Fast Code | Jane Doe | RustConf 2024', 'Writing Fast Code', [p('Jane Doe')]],
    ['Writing Fast Code|Jane Doe|RustConf 2024', 'Writing Fast Code', [p('Jane Doe')]],
    ['Async Rust in Practice by Jane Doe', 'Async Rust in Practice', [p('Jane Doe')]],
    ['Practical Istio – Bruno Largo and Feilong Wang', 'Practical Istio', [p('Bruno Largo'), p('Feilong Wang')]],
    ['Practical Istio – Bruno Largo & Feilong Wang', 'Practical Istio', [p('Bruno Largo'), p('Feilong Wang')]],
    [
      'Panel: Tooling – Ada Lovelace, Grace Hopper and Alan Turing',
      'Panel: Tooling',
      [p('Ada Lovelace'), p('Grace Hopper'), p('Alan Turing')],
    ],
    ['Compilers, Briefly - Ada Lovelace, Grace Hopper', 'Compilers, Briefly', [p('Ada Lovelace'), p('Grace Hopper')]],
    [
      'GopherCon 2019: Dave Cheney - Two Go Programs, Three Different Profiling Techniques',
      'Two Go Programs, Three Different Profiling Techniques',
      [p('Dave Cheney')],
    ],
    ['Guido van Rossum - The Future of Python', 'The Future of Python', [p('Guido van Rossum')]],
    ['Culture Eats Strategy - David N. Blank-Edelman', 'Culture Eats Strategy', [p('David N. Blank-Edelman')]],
    ['Set Your Sites on Tracing - Adrian Cole @adrianfcole', 'Set Your Sites on Tracing', [p('Adrian Cole', { handles: ['@adrianfcole'] })]],
    ['When Containers Attack – Anne Currie (MicroScaling Systems)', 'When Containers Attack', [p('Anne Currie', { org: 'MicroScaling Systems' })]],
    ['Sécurité des API – José Müller', 'Sécurité des API', [p('José Müller')]],
    ['Sketchy Edges - Conor O’Brien - FOSDEM 2024', 'Sketchy Edges', [p('Conor O’Brien')]],
    ['The Zen of Python (Raymond Hettinger)', 'The Zen of Python', [p('Raymond Hettinger')]],
    ['Modern C++ – Bjarne Stroustrup [CppCon 2023]', 'Modern C++', [p('Bjarne Stroustrup')]],
    ['Opening Remarks - Jane Doe & John Smith', 'Opening Remarks', [p('Jane Doe'), p('John Smith')]],
  ])('reads %j as title %j with speakers %j', (raw, title, speakers) => {
    expect(guessSpeakers(raw)).toEqual({ title, speakers });
  });

  it.each<[string, string, string]>([
    ['Rust: The Good Parts', 'Rust: The Good Parts', 'one word is not a person'],
    ['Keynote: The State of Rust', 'Keynote: The State of Rust', '"Keynote" is a label'],
    ['Lightning Talk: Fast Builds', 'Lightning Talk: Fast Builds', 'a two-word label'],
    ['Machine Learning: A Primer', 'Machine Learning: A Primer', 'a field of study'],
    ['Intro to WebAssembly - Part 2', 'Intro to WebAssembly - Part 2', 'a part number'],
    ['Kubernetes - Deep Dive', 'Kubernetes - Deep Dive', 'a subtitle'],
    ['Powered by Google Cloud', 'Powered by Google Cloud', 'a company after "by"'],
    ['Learning by Doing', 'Learning by Doing', 'a single word after "by"'],
    ['Death by a Thousand Cuts', 'Death by a Thousand Cuts', 'lower-case words after "by"'],
    ['John Smith - Jane Doe', 'John Smith - Jane Doe', 'two parts could each be the speaker'],
    ['Culture Eats Strategy - Dave Smith', 'Culture Eats Strategy - Dave Smith', 'the title has a name\'s shape too'],
    ['Talk 42 – Dave 2', 'Talk 42 – Dave 2', 'digits in the name'],
    ['How We Scaled - JavaScript Engines', 'How We Scaled - JavaScript Engines', 'a tech term shape'],
    ['Scaling Postgres (Part 1)', 'Scaling Postgres (Part 1)', 'a part in parentheses'],
    ['Hello World - Getting Started', 'Hello World - Getting Started', 'common title words'],
    ['Fast Builds - Jane Doe, Google', 'Fast Builds - Jane Doe, Google', 'one of the list is no person'],
    ['RustConf 2024 - Closing Keynote', 'Closing Keynote', 'only the conference is taken off'],
    ['Writing Fast Code | RustConf 2024', 'Writing Fast Code', 'only the conference is taken off'],
    ['Harbour Tech Forum – Day 1, Main Stage', 'Harbour Tech Forum – Day 1, Main Stage', 'a conference and its day'],
    ['Day 2 - Nordic Data Meetup', 'Day 2 - Nordic Data Meetup', 'the day first'],
    ['Copenhagen Rust Days – Dag 1: Mandag', 'Copenhagen Rust Days – Dag 1: Mandag', 'a day in Danish'],
    ['Rust 2024 Edition - What Changed', 'Rust 2024 Edition - What Changed', 'a leading year is no conference'],
    ['Silicon Valley - Falcon Heavy', 'Silicon Valley - Falcon Heavy', '"con" inside a word'],
    ['', '', 'the empty title'],
  ])('finds no speaker in %j (%s)', (raw, title) => {
    expect(guessSpeakers(raw)).toEqual({ title, speakers: [] });
  });

  it('returns hostile titles as plain, capped text', () => {
    const out = guessSpeakers(`<b>Hi</b>\u0000\u202e there ${'x'.repeat(100_000)}`);
    expect(out.title.startsWith('<b>Hi</b> there x')).toBe(true);
    expect(out.title.length).toBe(300);
    expect(out.speakers).toEqual([]);
  });
});
