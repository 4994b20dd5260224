/**
 * A Congress-like schedule.json (c3voc, as frab and pretalx write it) of any size: four days,
 * five halls, talks from 11:00 until past midnight (the day changes at 06:00), titles and
 * speakers drawn from word lists by a seeded generator, so every run writes the same file.
 */
const VERBS = ['Breaking', 'Hacking', 'Securing', 'Reverse Engineering', 'Fuzzing', 'Measuring', 'Decoding', 'Jailbreaking', 'Auditing', 'Rebuilding', 'Mapping', 'Defending'];
const THINGS = ['Smart Meters', 'Satellite Modems', 'Voting Machines', 'Hearing Aids', 'Train Signals', 'E-Scooters', 'Baby Monitors', 'Insulin Pumps', 'Car Keys', 'Cell Towers', 'Printers', 'Routers', 'Bank Cards', 'Wind Turbines', 'Door Locks', 'Drones', 'Pacemakers', 'Game Consoles', 'Traffic Lights', 'Chat Apps'];
const ANGLES = ['for Fun and Profit', 'in Practice', 'at Scale', 'with Open Hardware', 'Without a Budget', 'Under Surveillance', 'in the EU', 'from First Principles', 'after the Patch', 'on a Shoestring'];
const TOPICS = ['Digital Rights', 'Climate Data', 'Open Source Funding', 'Platform Workers', 'Public Code', 'Mesh Networks', 'Privacy Law', 'Archive Preservation', 'Election Security', 'Accessible Software'];
const FIRST = ['Anna', 'Jörg', 'Zoë', 'Mehmet', 'Chloé', 'Ines', 'Kenji', 'Ólafur', 'Priya', 'Łukasz', 'Sofía', 'Tariq', 'Maren', 'Dmitri', 'Aisha', 'Björn', 'Noa', 'Célestine'];
const LAST = ['Schmidt', 'Nováková', 'Ørsted', 'Yılmaz', 'Berthélémy', 'García', 'Tanaka', 'Þórsson', 'Iyer', 'Wójcik', 'Müller', 'Haddad', 'Lindqvist', 'Petrov', 'Okafor', 'Dubois'];
const ROOMS = ['Saal 1', 'Saal GLITCH', 'Saal ZIGZAG', 'Stage HUFF', 'Stage YELL'];
const TRACKS = ['Security', 'Hardware & Making', 'Ethics, Society & Politics', 'Science', 'Art & Beauty'];

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CongressEvent {
  id: number;
  guid: string;
  slug: string;
  title: string;
  subtitle: string;
  persons: { id: number; public_name: string }[];
  date: string;
  day: number;
  room: string;
}

export function congressSchedule(eventCount = 1000, seed = 38): { json: string; events: CongressEvent[] } {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const perRoomDay = Math.ceil(eventCount / (4 * ROOMS.length));
  const titles = new Set<string>();
  const events: CongressEvent[] = [];
  const days = [27, 28, 29, 30].map((d, i) => ({
    index: i + 1,
    date: `2024-12-${d}`,
    day_start: `2024-12-${d}T06:00:00+01:00`,
    day_end: `2024-12-${d + 1}T06:00:00+01:00`,
    rooms: {} as Record<string, unknown[]>,
  }));
  let id = 100;
  for (const day of days) {
    for (const [r, room] of ROOMS.entries()) {
      day.rooms[room] = [];
      for (let slot = 0; slot < perRoomDay && events.length < eventCount; slot++) {
        id++;
        let title = random() < 0.7 ? `${pick(VERBS)} ${pick(THINGS)} ${pick(ANGLES)}` : `${pick(TOPICS)}: ${pick(VERBS)} ${pick(THINGS)}`;
        for (let n = 2; titles.has(title); n++) title = `${title.replace(/ \(Part \d+\)$/, '')} (Part ${n})`;
        titles.add(title);
        const minutes = 11 * 60 + slot * (Math.floor((19 * 60) / perRoomDay) || 1);
        const local = new Date(Date.UTC(2024, 11, Number(day.date.slice(8)), 0, minutes));
        const stamp = `${local.toISOString().slice(0, 16)}:00+01:00`;
        const persons = Array.from({ length: 1 + Math.floor(random() * 2.2) }, () => ({ id: Math.floor(random() * 9000) + 1000, public_name: `${pick(FIRST)} ${pick(LAST)}` }));
        const slug = `38c3-${id}-${title.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
        const guid = `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;
        const subtitle = random() < 0.3 ? `A look at ${pick(TOPICS).toLowerCase()}` : '';
        events.push({ id, guid, slug, title, subtitle, persons, date: stamp, day: day.index, room });
        day.rooms[room]!.push({
          url: `https://fahrplan.events.example.net/congress/2024/fahrplan/events/${id}.html`,
          id,
          guid,
          logo: null,
          date: stamp,
          start: stamp.slice(11, 16),
          duration: '00:40',
          room,
          slug,
          title,
          subtitle,
          track: TRACKS[r],
          type: 'lecture',
          language: random() < 0.8 ? 'en' : 'de',
          abstract: `About ${title.toLowerCase()}.`,
          description: '',
          recording_license: '',
          do_not_record: false,
          persons,
          links: [],
          attachments: [],
        });
      }
    }
  }
  const json = JSON.stringify({
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'frab', version: '1.0' },
    schedule: {
      version: 'Generated',
      base_url: 'https://fahrplan.events.example.net/congress/2024/fahrplan/',
      conference: {
        acronym: '38c3',
        title: '38th Chaos Communication Congress',
        start: '2024-12-27',
        end: '2024-12-30',
        daysCount: 4,
        timeslot_duration: '00:10',
        time_zone_name: 'Europe/Berlin',
        days,
      },
    },
  });
  return { json, events };
}
