import { describe, expect, it } from 'vitest';
import { exportConference } from '@/utils/formats/markdown-conference';
import { exportTalk } from '@/utils/formats/markdown-talk';
import { kubecon, wellington } from './prose-seeds';

// The structures of seeds 000 and 003 (prose about talks, nested points, day introductions,
// tips, verdicts, footnotes) as this format writes them; read line by line against the seeds.
const WELLINGTON = String.raw`# CloudNative Summit Wellington

An amble up to the Te Papa function centre for the CloudNative Summit Wellington edition.

## Set Your Sites on Tracing

by Adrian Cole, @adrianfcole

[Recording](https://www.youtube.com/watch?v=tracing0001)

Adrian works on Zipkin for Pivotal; Zipkin is a *distributed tracing* tool.

Zipkin is an open source effort, and lives on Github.

- [1:35](https://www.youtube.com/watch?v=tracing0001&t=95s) Requests are correlated by a unique trace ID[^1] and produce a causal diagram.
- [5:12](https://www.youtube.com/watch?v=tracing0001&t=312s) “When you live in IOT land, it’s not just users complaining, you may have an angry dishwasher complaining.”

## Practical Istio

by Zack Butcher, @zackbutcher

[Recording](https://www.youtube.com/watch?v=istio000001)

So you have services that want to communicate:

- [1:01](https://www.youtube.com/watch?v=istio000001&t=61s) You drop a proxy - Envoy in this case - alongside the applications.
  - Out of the box, Envoy intercepts via iptables.
  - This frees us from centralised proxies/load balancers.
  - A very reliable, bottleneck-free architecture.
- [6:40](https://www.youtube.com/watch?v=istio000001&t=400s) Traffic management:
  - Fine-grained control - per request.
  - East-West traffic without centralised load balancers.

Most important of all, this is consistent across the fleet.

## Observability for Everyone

by Inny So and Andrew Jones

[Recording](https://www.youtube.com/watch?v=observe0001)

- [12:34](https://www.youtube.com/watch?v=observe0001&t=754s) Splunk is too expensive, let’s switch it off in dev\![^2]
- [15:00](https://www.youtube.com/watch?v=observe0001&t=900s) Tip: Dashboards only tell you things you already know.

My thoughts:
- [20:00](https://www.youtube.com/watch?v=observe0001&t=1200s) Dashboard culture is poison[^3].

Overall the day was one well-spent. Thanks to the organisers and speakers!

[^1]: Zipkin calls it a trace ID; others say correlation ID.

[^2]: Said with a straight face.

[^3]: My words, not Andrew’s: he said “worthless for triaging”.
`;

const KUBECON = String.raw`# KubeCon og CloudNativeCon Europe 2021

KubeCon/CloudNativeCon 2021 er en konference, der afholdes årligt af Linux Foundation-projektet Cloud Native Computing Foundation.

## Dag 1 – mandag 3. maj 2021 – Cloud Native Rust Day

Rust er nu det næstmest anvendte sprog (efter Go) i CNCF ifølge CNCFs CTO.

### The Rusty Boat

[Optagelse](https://www.youtube.com/watch?v=rustyBoat01)

Super intro til at arbejde med Kubernetes i Rust, og hvorfor Go (ironisk nok) er et dårligt fit.

## Dag 2 – tirsdag 4. maj 2021 – Gitlab Commit at KubeCon: DevOps

Det forventelige PR-spiel omkring Gitlabs vækst og open source-værdier.

Årets tema er “Innovate together”.

### Cloud Native Deployments: From Jenkins to Gitlab CI

[Optagelse](https://www.youtube.com/watch?v=jenkinsToGl) · 30:00

Om udfordringerne med Jenkins’ arkitektur, performance og kompleksitet.

Skift til Gitlab CI medførte ejerskab hos de enkelte teams.

- [5:00](https://www.youtube.com/watch?v=jenkinsToGl&t=300s) Næste iteration: Helm i stedet for hjemmerullet jinja-templating[^1]

10/10 talk would recommend.

### Secure GitOps with the Gitlab Kubernetes Agent

[Optagelse](https://www.youtube.com/watch?v=glAgent0001)

- [2:00](https://www.youtube.com/watch?v=glAgent0001&t=120s) GitOps består af:
  - Single source of truth for Ops
  - Automated deployments
  - Self-healing services
- [10:10](https://www.youtube.com/watch?v=glAgent0001&t=610s) Tip: se configure-product-walkthrough på gitlab.com
- [15:00](https://www.youtube.com/watch?v=glAgent0001&t=900s) Q: Hvad med secrets?

Mine tanker: Glimrende talk hele vejen rundt.

8/10.

[^1]: Og ArgoCD Rollouts til canary deployments.
`;

describe('write-ups with prose', () => {
  it('exports seed 000’s structure: summaries, nested points, a verdict, footnotes numbered through the document', () => {
    const { conf, talks, notes } = wellington();
    expect(exportConference(conf, talks, notes)).toBe(WELLINGTON);
  });

  it('exports seed 003’s structure in Danish: day introductions, summaries, verdicts, a tip', () => {
    const { conf, talks, notes } = kubecon();
    expect(exportConference(conf, talks, notes)).toBe(KUBECON);
  });

  it('exports one day with its introduction, and its own footnotes numbered from 1', () => {
    const { conf, talks, notes } = kubecon();
    const head = KUBECON.slice(0, KUBECON.indexOf('KubeCon/CloudNativeCon'));
    const day2 = KUBECON.slice(KUBECON.indexOf('## Dag 2'));
    expect(exportConference(conf, talks, notes, { day: 2 })).toBe(`${head}${day2}`);
  });

  it('numbers a talk exported alone from 1, its definitions after its links', () => {
    const { talks, notes } = wellington();
    const talk = talks.find((t) => t.title === 'Observability for Everyone');
    if (!talk) throw new Error('fixture lost its talk');
    const alone = { ...talk, links: [{ label: 'Slides', url: 'https://slides.example/o' }] };
    expect(exportTalk(alone, notes.get(talk.id) ?? [])).toBe(String.raw`# Observability for Everyone

by Inny So and Andrew Jones

[Recording](https://www.youtube.com/watch?v=observe0001)

- [12:34](https://www.youtube.com/watch?v=observe0001&t=754s) Splunk is too expensive, let’s switch it off in dev\![^1]
- [15:00](https://www.youtube.com/watch?v=observe0001&t=900s) Tip: Dashboards only tell you things you already know.

My thoughts:
- [20:00](https://www.youtube.com/watch?v=observe0001&t=1200s) Dashboard culture is poison[^2].

Links:
- [Slides](https://slides.example/o)

[^1]: Said with a straight face.

[^2]: My words, not Andrew’s: he said “worthless for triaging”.
`);
  });
});
