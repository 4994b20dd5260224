import { describe, expect, it } from 'vitest';
import { parseInline, safeHref } from '@/utils/formats/note-inline';

const t = (text: string) => ({ type: 'text', text });

describe('parseInline', () => {
  it.each([
    ['plain words', [t('plain words')]],
    ['*em* and **strong**', [{ type: 'em', children: [t('em')] }, t(' and '), { type: 'strong', children: [t('strong')] }]],
    ['a `<b>code</b>` span', [t('a '), { type: 'code', text: '<b>code</b>' }, t(' span')]],
    ['[Zipkin](https://zipkin.io/)', [{ type: 'link', href: 'https://zipkin.io/', children: [t('Zipkin')] }]],
    ['<https://e.example/a>', [{ type: 'link', href: 'https://e.example/a', children: [t('https://e.example/a')] }]],
    ['mail <anne@e.example>', [t('mail '), { type: 'link', href: 'mailto:anne@e.example', children: [t('anne@e.example')] }]],
    ['[**bold** link](http://e.example)', [{ type: 'link', href: 'http://e.example/', children: [{ type: 'strong', children: [t('bold')] }, t(' link')] }]],
    ['[x](javascript:alert(1))', [t('[x](javascript:alert(1))')]],
    ['[x](data:text/html,<b>)', [t('[x](data:text/html,<b>)')]],
    ['[rel](/relative)', [t('[rel](/relative)')]],
    ['<img src=x onerror=alert(1)>', [t('<img src=x onerror=alert(1)>')]],
    ['<script>alert(1)</script>', [t('<script>alert(1)</script>')]],
    ['&lt;b&gt; \\*not em\\*', [t('<b> *not em*')]],
    ['see https://bare.example', [t('see https://bare.example')]],
    ['# not a heading', [t('# not a heading')]],
  ])('%j', (line, tree) => {
    expect(parseInline(line)).toEqual(tree);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://e.example', 'https://e.example/'],
    ['MAILTO:a@b.example', 'mailto:a@b.example'],
    ['javascript:alert(1)', undefined],
    ['vbscript:x', undefined],
    ['data:text/html,x', undefined],
    ['/relative', undefined],
    ['file:///etc/passwd', undefined],
  ])('%j → %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
