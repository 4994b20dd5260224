import { describe, expect, it } from 'vitest';
import { exportConference } from '@/utils/formats/markdown-conference';
import { exportTalk } from '@/utils/formats/markdown-talk';
import { softwareCircus } from './software-circus';

// Written out by hand from seed 002 and talk-notes-format.md, then checked line by line: this is the format users paste into their blogs.
const ENGLISH = String.raw`# Software Circus 2016 – Amsterdam

*To the Cloud and Beyond*

31 August – 2 September 2016 · Pakhuis West

My personal notes from this three day kick-ass conference about Cloud Native Computing.

## Day 1 – Wednesday 31 August 2016 – Pre-conference workshops

### Workshop from Zero to Hero

by Stuart Williams, Product Manager at Weaveworks

[Recording](https://www.youtube.com/watch?v=zeroToHero1)

- [1:35](https://www.youtube.com/watch?v=zeroToHero1&t=95s) minikube running causes trouble (used ports and identical name conflicts)
- [10:00](https://www.youtube.com/watch?v=zeroToHero1&t=600s) Running the demo the first time takes some time, be patient.\
  Start Weave Scope first to see what is going on.

## Day 2 – Thursday 1 September 2016

### When Containers Attack

by Anne Currie, Co-founder at MicroScaling Systems, @microscaling, @anne_e_currie

[Recording](https://www.youtube.com/watch?v=containers1) · 41:07

- [0:42](https://www.youtube.com/watch?v=containers1&t=42s) Diversity is key to innovation.
- [1:20](https://www.youtube.com/watch?v=containers1&t=80s) “Division of labour has caused a greater increase in production than any other factor.” - Adam Smith, “The wealth of Nations”, 1776
- [2:10](https://www.youtube.com/watch?v=containers1&t=130s) Tip: Do not read the whole book, read the overview.
- [3:15](https://www.youtube.com/watch?v=containers1&t=195s) “Conference speakers are professional enthusiasts”
- [12:03](https://www.youtube.com/watch?v=containers1&t=723s) Q: Is the modern equivalent cloud services?

My thoughts: Instead of giving answers Anne directs us to the two opposing entities. Generalization vs specialists.

It gives food for thought but still leaves me a bit unsatisfied.
- [25:00](https://www.youtube.com/watch?v=containers1&t=1500s) Full-stack engineer *or* specialist?

Links:
- [Slides](https://speakerdeck.com/anniecurrie/when-containers-attack)

### Seven counter-intuitive experiences you are about to have when you go cloud native

by David N. Blank-Edelman, Apcera, @otterbook

[Recording](https://www.youtube.com/watch?v=sevenCounte) · 1:02:05

- [1:00](https://www.youtube.com/watch?v=sevenCounte&t=60s) “Culture determines and limits strategy” - Edgar Schein, “Organizational Culture & leadership”, 1985
- [5:00](https://www.youtube.com/watch?v=sevenCounte&t=300s) Make a reliable system with unreliable parts.
- [1:00:00](https://www.youtube.com/watch?v=sevenCounte&t=3600s) The borders are where the action is.

My thoughts: Powerful one-liners but the overall message did not stick.

Links:
- [The Startup Patterns Book](https://www.startuppatterns.com/)
- Slides

Thanks to the organisers and speakers!
`;

const DANISH = String.raw`# Software Circus 2016 – Amsterdam

*To the Cloud and Beyond*

31\. august – 2. september 2016 · Pakhuis West

My personal notes from this three day kick-ass conference about Cloud Native Computing.

## Dag 1 – onsdag 31. august 2016 – Pre-conference workshops

### Workshop from Zero to Hero

af Stuart Williams, Product Manager hos Weaveworks

[Optagelse](https://www.youtube.com/watch?v=zeroToHero1)

- [1:35](https://www.youtube.com/watch?v=zeroToHero1&t=95s) minikube running causes trouble (used ports and identical name conflicts)
- [10:00](https://www.youtube.com/watch?v=zeroToHero1&t=600s) Running the demo the first time takes some time, be patient.\
  Start Weave Scope first to see what is going on.

## Dag 2 – torsdag 1. september 2016

### When Containers Attack

af Anne Currie, Co-founder hos MicroScaling Systems, @microscaling, @anne_e_currie

[Optagelse](https://www.youtube.com/watch?v=containers1) · 41:07

- [0:42](https://www.youtube.com/watch?v=containers1&t=42s) Diversity is key to innovation.
- [1:20](https://www.youtube.com/watch?v=containers1&t=80s) “Division of labour has caused a greater increase in production than any other factor.” - Adam Smith, “The wealth of Nations”, 1776
- [2:10](https://www.youtube.com/watch?v=containers1&t=130s) Tip: Do not read the whole book, read the overview.
- [3:15](https://www.youtube.com/watch?v=containers1&t=195s) “Conference speakers are professional enthusiasts”
- [12:03](https://www.youtube.com/watch?v=containers1&t=723s) Q: Is the modern equivalent cloud services?

Mine tanker: Instead of giving answers Anne directs us to the two opposing entities. Generalization vs specialists.

It gives food for thought but still leaves me a bit unsatisfied.
- [25:00](https://www.youtube.com/watch?v=containers1&t=1500s) Full-stack engineer *or* specialist?

Links:
- [Slides](https://speakerdeck.com/anniecurrie/when-containers-attack)

### Seven counter-intuitive experiences you are about to have when you go cloud native

af David N. Blank-Edelman, Apcera, @otterbook

[Optagelse](https://www.youtube.com/watch?v=sevenCounte) · 1:02:05

- [1:00](https://www.youtube.com/watch?v=sevenCounte&t=60s) “Culture determines and limits strategy” - Edgar Schein, “Organizational Culture & leadership”, 1985
- [5:00](https://www.youtube.com/watch?v=sevenCounte&t=300s) Make a reliable system with unreliable parts.
- [1:00:00](https://www.youtube.com/watch?v=sevenCounte&t=3600s) The borders are where the action is.

Mine tanker: Powerful one-liners but the overall message did not stick.

Links:
- [The Startup Patterns Book](https://www.startuppatterns.com/)
- Slides

Thanks to the organisers and speakers!
`;

describe('the Software Circus 2016 write-up (seed 002)', () => {
  it('exports in English exactly as the format describes', () => {
    const { conf, talks, notes } = softwareCircus('en');
    expect(exportConference(conf, talks, notes)).toBe(ENGLISH);
  });

  it('exports in Danish with Danish labels and dates, the user’s own words untouched', () => {
    const { conf, talks, notes } = softwareCircus('da');
    expect(exportConference(conf, talks, notes)).toBe(DANISH);
  });

  it('writes a day’s introduction right under its heading', () => {
    const { conf, talks, notes } = softwareCircus('en');
    const days = conf.days.map((d) => (d.number === 1 ? { ...d, intro: 'Wednesday August 31st, the pre-conference workshop day.\n\n# Bring a laptop' } : d));
    const heading = '## Day 1 – Wednesday 31 August 2016 – Pre-conference workshops\n\n';
    expect(exportConference({ ...conf, days }, talks, notes)).toBe(
      ENGLISH.replace(heading, `${heading}Wednesday August 31st, the pre-conference workshop day.\n\n\\# Bring a laptop\n\n`),
    );
  });

  it('exports one day as the conference header followed by that day’s section', () => {
    const { conf, talks, notes } = softwareCircus('en');
    const header = ENGLISH.slice(0, ENGLISH.indexOf('My personal notes'));
    const day2 = ENGLISH.slice(ENGLISH.indexOf('## Day 2'), ENGLISH.indexOf('\n\nThanks to the organisers'));
    expect(exportConference(conf, talks, notes, { day: 2 })).toBe(`${header}${day2}\n`);
  });

  it('exports a talk alone with the same body, its heading raised to #', () => {
    const { talks, notes } = softwareCircus('da');
    const talk = talks.find((t) => t.title === 'When Containers Attack');
    if (!talk) throw new Error('fixture lost its talk');
    const section = DANISH.slice(DANISH.indexOf('### When Containers Attack'), DANISH.indexOf('\n\n### Seven'));
    expect(exportTalk(talk, notes.get(talk.id) ?? [], { lang: 'da' })).toBe(`${section.slice(2)}\n`);
  });

  it('gives the same bytes on every export of the same data', () => {
    const a = softwareCircus('en');
    const b = softwareCircus('en');
    expect(exportConference(a.conf, a.talks, a.notes)).toBe(exportConference(b.conf, [...b.talks].reverse(), b.notes));
  });
});
