import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk } from '@/utils/model/types';
import { makeNote, makeTalk } from './markdown-fixtures';

interface Seed {
  conf: Conference;
  talks: Talk[];
  notes: Map<TalkId, Note[]>;
}

/** Seed 000 (CloudNative Summit Wellington): no days, talks told in prose, nested points, a footnote. */
export function wellington(): Seed {
  const conf: Conference = {
    id: 'cloudnative-wellington' as ConferenceId,
    name: 'CloudNative Summit Wellington',
    intro: 'An amble up to the Te Papa function centre for the CloudNative Summit Wellington edition.',
    closing: 'Overall the day was one well-spent. Thanks to the organisers and speakers!',
    lang: 'en',
    days: [],
    createdAt: 1_560_000_000_000,
    updatedAt: 1_560_000_000_000,
  };
  const tracing = makeTalk({
    videoId: 'tracing0001',
    title: 'Set Your Sites on Tracing',
    conferenceId: conf.id,
    order: 1,
    speakers: [{ name: 'Adrian Cole', handles: ['@adrianfcole'] }],
    summary:
      'Adrian works on Zipkin for Pivotal; Zipkin is a *distributed tracing* tool.\n\n' +
      'Zipkin is an open source effort, and lives on Github.',
  });
  const istio = makeTalk({
    videoId: 'istio000001',
    title: 'Practical Istio',
    conferenceId: conf.id,
    order: 2,
    speakers: [{ name: 'Zack Butcher', handles: ['@zackbutcher'] }],
    summary: 'So you have services that want to communicate:',
    verdict: 'Most important of all, this is consistent across the fleet.',
  });
  const observability = makeTalk({
    videoId: 'observe0001',
    title: 'Observability for Everyone',
    conferenceId: conf.id,
    order: 3,
    speakers: [{ name: 'Inny So' }, { name: 'Andrew Jones' }],
  });
  const notes = new Map<TalkId, Note[]>([
    [tracing.id, [
      makeNote(tracing, 't1', 312, 'quote', 'When you live in IOT land, it’s not just users complaining, you may have an angry dishwasher complaining.'),
      makeNote(tracing, 't2', 95, 'note', 'Requests are correlated by a unique trace ID^[Zipkin calls it a trace ID; others say correlation ID.] and produce a causal diagram.'),
    ]],
    [istio.id, [
      makeNote(istio, 'i1', 61, 'note', 'You drop a proxy - Envoy in this case - alongside the applications.\n- Out of the box, Envoy intercepts via iptables.\n- This frees us from centralised proxies/load balancers.\n  - A very reliable, bottleneck-free architecture.'),
      makeNote(istio, 'i2', 400, 'note', 'Traffic management:\n- Fine-grained control - per request.\n- East-West traffic without centralised load balancers.'),
    ]],
    [observability.id, [
      makeNote(observability, 'o1', 754, 'note', 'Splunk is too expensive, let’s switch it off in dev!^[Said with a straight face.]'),
      makeNote(observability, 'o2', 900, 'tip', 'Dashboards only tell you things you already know.'),
      makeNote(observability, 'o3', 1200, 'thought', 'Dashboard culture is poison^[My words, not Andrew’s: he said “worthless for triaging”.].'),
    ]],
  ]);
  return { conf, talks: [observability, istio, tracing], notes };
}

/** Seed 003 (KubeCon Europe 2021, in Danish): days with themes and introductions, summaries, verdicts, a tip, nested points. */
export function kubecon(): Seed {
  const conf: Conference = {
    id: 'kubecon-eu-2021' as ConferenceId,
    name: 'KubeCon og CloudNativeCon Europe 2021',
    intro: 'KubeCon/CloudNativeCon 2021 er en konference, der afholdes årligt af Linux Foundation-projektet Cloud Native Computing Foundation.',
    lang: 'da',
    days: [
      { number: 1, date: '2021-05-03', theme: 'Cloud Native Rust Day', intro: 'Rust er nu det næstmest anvendte sprog (efter Go) i CNCF ifølge CNCFs CTO.' },
      {
        number: 2,
        date: '2021-05-04',
        theme: 'Gitlab Commit at KubeCon: DevOps',
        intro: 'Det forventelige PR-spiel omkring Gitlabs vækst og open source-værdier.\n\nÅrets tema er “Innovate together”.',
      },
    ],
    createdAt: 1_620_000_000_000,
    updatedAt: 1_620_000_000_000,
  };
  const boat = makeTalk({
    videoId: 'rustyBoat01',
    title: 'The Rusty Boat',
    conferenceId: conf.id,
    day: 1,
    order: 1,
    summary: 'Super intro til at arbejde med Kubernetes i Rust, og hvorfor Go (ironisk nok) er et dårligt fit.',
  });
  const jenkins = makeTalk({
    videoId: 'jenkinsToGl',
    title: 'Cloud Native Deployments: From Jenkins to Gitlab CI',
    conferenceId: conf.id,
    day: 2,
    order: 1,
    duration: 1800,
    summary:
      'Om udfordringerne med Jenkins’ arkitektur, performance og kompleksitet.\n\n' +
      'Skift til Gitlab CI medførte ejerskab hos de enkelte teams.',
    verdict: '10/10 talk would recommend.',
  });
  const agent = makeTalk({
    videoId: 'glAgent0001',
    title: 'Secure GitOps with the Gitlab Kubernetes Agent',
    conferenceId: conf.id,
    day: 2,
    order: 2,
    thoughts: 'Glimrende talk hele vejen rundt.',
    verdict: '8/10.',
  });
  const notes = new Map<TalkId, Note[]>([
    [boat.id, []],
    [jenkins.id, [
      makeNote(jenkins, 'j1', 300, 'note', 'Næste iteration: Helm i stedet for hjemmerullet jinja-templating^[Og ArgoCD Rollouts til canary deployments.]'),
    ]],
    [agent.id, [
      makeNote(agent, 'a1', 120, 'note', 'GitOps består af:\n- Single source of truth for Ops\n- Automated deployments\n- Self-healing services'),
      makeNote(agent, 'a2', 610, 'tip', 'Tip: se configure-product-walkthrough på gitlab.com'),
      makeNote(agent, 'a3', 900, 'question', 'Hvad med secrets?'),
    ]],
  ]);
  return { conf, talks: [agent, jenkins, boat], notes };
}
