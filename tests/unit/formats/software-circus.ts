import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Conference, Lang, Note, Talk } from '@/utils/model/types';
import { makeNote, makeTalk } from './markdown-fixtures';

/** The first talks of seed 002 (Software Circus 2016 – Amsterdam) as stored data. */
export function softwareCircus(lang: Lang): { conf: Conference; talks: Talk[]; notes: Map<TalkId, Note[]> } {
  const conf: Conference = {
    id: 'software-circus-2016' as ConferenceId,
    name: 'Software Circus 2016 – Amsterdam',
    tagline: 'To the Cloud and Beyond',
    startDate: '2016-08-31',
    endDate: '2016-09-02',
    venue: 'Pakhuis West',
    intro: 'My personal notes from this three day kick-ass conference about Cloud Native Computing.',
    closing: 'Thanks to the organisers and speakers!',
    lang,
    days: [
      { number: 1, date: '2016-08-31', theme: 'Pre-conference workshops' },
      { number: 2, date: '2016-09-01' },
    ],
    createdAt: 1_472_600_000_000,
    updatedAt: 1_472_600_000_000,
  };
  const workshop = makeTalk({
    videoId: 'zeroToHero1',
    title: 'Workshop from Zero to Hero',
    conferenceId: conf.id,
    day: 1,
    order: 1,
    speakers: [{ name: 'Stuart Williams', role: 'Product Manager', org: 'Weaveworks' }],
  });
  const attack = makeTalk({
    videoId: 'containers1',
    title: 'When Containers Attack',
    duration: 2467,
    conferenceId: conf.id,
    day: 2,
    order: 1,
    speakers: [
      { name: 'Anne Currie', role: 'Co-founder', org: 'MicroScaling Systems', handles: ['@microscaling', '@anne_e_currie'] },
    ],
    thoughts:
      'Instead of giving answers Anne directs us to the two opposing entities. Generalization vs specialists.\n\nIt gives food for thought but still leaves me a bit unsatisfied.',
    links: [{ label: 'Slides', url: 'https://speakerdeck.com/anniecurrie/when-containers-attack' }],
  });
  const seven = makeTalk({
    videoId: 'sevenCounte',
    title: 'Seven counter-intuitive experiences you are about to have when you go cloud native',
    duration: 3725,
    conferenceId: conf.id,
    day: 2,
    order: 2,
    speakers: [{ name: 'David N. Blank-Edelman', org: 'Apcera', handles: ['@otterbook'] }],
    thoughts: 'Powerful one-liners but the overall message did not stick.',
    links: [
      { label: 'The Startup Patterns Book', url: 'https://www.startuppatterns.com/' },
      { label: 'Slides', url: 'javascript:alert(1)' },
    ],
  });
  const notes = new Map<TalkId, Note[]>([
    [
      workshop.id,
      [
        makeNote(workshop, 'w2', 600, 'note', 'Running the demo the first time takes some time, be patient.\nStart Weave Scope first to see what is going on.'),
        makeNote(workshop, 'w1', 95, 'note', 'minikube running causes trouble (used ports and identical name conflicts)'),
      ],
    ],
    [
      attack.id,
      [
        makeNote(attack, 'a1', 42, 'note', 'Diversity is key to innovation.'),
        makeNote(
          attack,
          'a2',
          80,
          'quote',
          '"Division of labour has caused a greater increase in production than any other factor." - Adam Smith, “The wealth of Nations”, 1776',
        ),
        makeNote(attack, 'a3', 130, 'tip', 'Do not read the whole book, read the overview.'),
        makeNote(attack, 'a4', 195, 'quote', 'Conference speakers are professional enthusiasts'),
        makeNote(attack, 'a5', 723, 'question', 'Is the modern equivalent cloud services?'),
        makeNote(attack, 'a6', 1500, 'thought', 'Full-stack engineer *or* specialist?'),
        makeNote(attack, 'a7', 900, 'note', 'Deleted by the writer', { deletedAt: 3_000 }),
      ],
    ],
    [
      seven.id,
      [
        makeNote(seven, 's3', 3600, 'note', 'The borders are where the action is.'),
        makeNote(seven, 's1', 60, 'quote', '“Culture determines and limits strategy” - Edgar Schein, “Organizational Culture & leadership”, 1985'),
        makeNote(seven, 's2', 300, 'note', 'Make a reliable system with unreliable parts.'),
      ],
    ],
  ]);
  return { conf, talks: [seven, workshop, attack], notes };
}
