import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, cyclesOf, importsOf } from '../../../scripts/check-layers.mjs';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A throwaway tree: path → source text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const clean = {
  'utils/model/ids.ts': "export type Id = string;\n",
  'utils/formats/time.ts': "import type { Id } from '@/utils/model/ids';\nexport const t = (x: Id) => x;\n",
  'utils/store/db.ts': "import { t } from '@/utils/formats/time';\nimport { openDB } from 'idb';\nexport { t, openDB };\n",
  'utils/messages/api.ts': "import type { Id } from '@/utils/model/ids';\nexport type Api = Id;\n",
  'utils/background/handlers.ts': "import { t } from '@/utils/store/db';\nimport type { Api } from '@/utils/messages/api';\nexport { t };\nexport type { Api };\n",
  'utils/sidebar/model.ts': "import type { Api } from '@/utils/messages/api';\nexport type M = Api;\n",
  'components/sidebar/Sidebar.tsx': "import type { M } from '@/utils/sidebar/model';\nexport const S = (m: M) => m;\n",
  'entrypoints/background.ts': "import { t } from '@/utils/background/handlers';\nt('x');\n",
};

describe('check-layers', () => {
  it('passes a tree that keeps the layers, has no cycle and imports with @/', () => {
    expect(checkLayers(tree(clean))).toEqual([]);
  });

  it('names a cycle once, with every file on it', () => {
    const root = tree({
      ...clean,
      'utils/store/a.ts': "import { b } from '@/utils/store/b';\nexport const a = b;\n",
      'utils/store/b.ts': "import type { c } from '@/utils/store/c';\nexport const b = 1 as c;\n",
      'utils/store/c.ts': "import { a } from '@/utils/store/a';\nexport type c = typeof a;\n",
    });
    expect(checkLayers(root)).toEqual(['import cycle: utils/store/a.ts ↔ utils/store/b.ts ↔ utils/store/c.ts']);
  });

  it('refuses imports against the layer order, type-only ones too', () => {
    const root = tree({
      ...clean,
      'utils/model/ids.ts': "import type { t } from '@/utils/formats/time';\nexport type Id = string;\n",
      'utils/messages/api.ts': "import type { t } from '@/utils/store/db';\nexport type Api = string;\n",
      'utils/sidebar/model.ts': "import { t } from '@/utils/background/handlers';\nexport type M = string;\n",
      'components/sidebar/Sidebar.tsx': "export { openDB } from '@/utils/store/db';\n",
    });
    expect(checkLayers(root)).toEqual([
      'components/sidebar/Sidebar.tsx: views imports store (utils/store/db.ts)',
      'utils/messages/api.ts: contract imports store (utils/store/db.ts)',
      'utils/model/ids.ts: model imports formats (utils/formats/time.ts)',
      'utils/sidebar/model.ts: view models imports background (utils/background/handlers.ts)',
      // model → formats → model is also a cycle
      'import cycle: utils/formats/time.ts ↔ utils/model/ids.ts',
    ]);
  });

  it('refuses relative imports, and follows them for the layers', () => {
    const root = tree({ ...clean, 'utils/formats/time.ts': "import type { Id } from '../model/ids';\nimport '../store/db';\nexport const t = (x: Id) => x;\n" });
    expect(checkLayers(root)).toEqual([
      "utils/formats/time.ts: relative import '../model/ids' (write '@/…')",
      "utils/formats/time.ts: relative import '../store/db' (write '@/…')",
      'utils/formats/time.ts: formats imports store (utils/store/db.ts)',
      'import cycle: utils/formats/time.ts ↔ utils/store/db.ts',
    ]);
  });
});

describe('importsOf', () => {
  it('reads static, type-only, side-effect, re-export and literal dynamic imports, not comments', () => {
    const text = [
      "import a, { b } from '@/x/a';",
      "import type {\n  C,\n} from '@/x/c';",
      "import '@/x/side';",
      "export * from '@/x/star';",
      "export { d } from '@/x/d';",
      "const e = await import('@/x/e');",
      "// import nope from '@/x/nope';",
      "/* import no from '@/x/no'; */",
    ].join('\n');
    expect(importsOf(text)).toEqual(['@/x/a', '@/x/c', '@/x/star', '@/x/d', '@/x/side', '@/x/e']);
  });
});

describe('cyclesOf', () => {
  it('finds a self-import and leaves a diamond alone', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['d']],
      ['c', ['d']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cyclesOf(graph)).toEqual([['e']]);
  });
});
