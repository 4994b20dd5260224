// Measuring inside the sidebar's closed shadow root without any hook in the product.
//
// The page's scripts cannot reach a closed shadow root, and neither can Playwright; CDP can:
// DOM.getDocument with `pierce` finds the root's node, and DOM.resolveNode hands it to a
// JavaScript world of our own (an isolated world named WORLD: neither the page nor the
// extension sees it). There a capture listener and a MutationObserver take timestamps on the
// page's own clock (performance.now / Event.timeStamp, one timebase):
//   t0    the user's input event: the original keydown/click as the browser created it
//         (Event.timeStamp), seen by a window listener our world installs at document start
//   done  the moment the expected element is in the DOM, after a forced style+layout of it
//         (getBoundingClientRect), so the cost of laying it out is counted; the wait for the
//         display's next vsync (up to one frame, the same for any page) is not.
// The observer runs as a microtask right after the DOM change, so it adds no frame delay.
export const WORLD = 'talk-notes-bench';

/** Runs in WORLD at document start: remembers the last input events before the extension's own guard stops them. */
export const EARLY_SCRIPT = `(() => {
  const seen = (globalThis.__tnInput = { keydown: 0, click: 0, nav: 0 });
  for (const type of ['keydown', 'click']) {
    addEventListener(type, (e) => {
      if (type === 'keydown') Object.assign(seen, { lastKey: e.key, lastShift: e.shiftKey });
      if (type !== 'keydown' || e.key === 'Enter') seen[type] = e.timeStamp;
    }, { capture: true });
  }
  // In-page navigation: the earliest moment the extension can know the talk changed.
  document.addEventListener('yt-navigate-finish', (e) => { seen.nav = e.timeStamp; }, { capture: true });
})()`;

/** \`this\` is the sidebar's shadow root. Records Enter → note visible and → committed (saving mark gone). */
export const ENTER_PROBE = `function () {
  const root = this;
  const probe = (globalThis.__tnProbe = { pending: null, samples: [], waiters: [] });
  const inputs = globalThis.__tnInput ?? { keydown: 0 };
  root.addEventListener('keydown', (e) => {
    // The guard's copy is a plain Event whose key fields live in the content script's world,
    // out of this one's sight: the original event, seen at document start, tells the key then.
    const key = e.key ?? inputs.lastKey;
    const shift = e.key === undefined ? inputs.lastShift : e.shiftKey;
    if (key !== 'Enter' || shift || !(e.target instanceof HTMLTextAreaElement)) return;
    // The original event when our document-start listener saw it (it runs before the guard's
    // copy is dispatched in here); else the copy's own stamp, a few microseconds later.
    const t0 = inputs.keydown && inputs.keydown <= e.timeStamp && e.timeStamp - inputs.keydown < 1000 ? inputs.keydown : e.timeStamp;
    probe.pending = { text: e.target.value.trim(), t0, visible: null, committed: null, original: t0 !== e.timeStamp };
  }, true);
  const item = (text) => [...root.querySelectorAll('li')].find((li) => li.querySelector('.text')?.textContent === text);
  new MutationObserver(() => {
    const p = probe.pending;
    if (!p) return;
    const li = item(p.text);
    if (!li) return;
    if (p.visible === null) {
      li.getBoundingClientRect();
      p.visible = performance.now() - p.t0;
    }
    if (p.committed === null && !li.hasAttribute('data-saving')) p.committed = performance.now() - p.t0;
    if (p.committed !== null) {
      probe.samples.push(p);
      probe.pending = null;
      for (const w of probe.waiters.splice(0)) w();
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return true;
}`;

/**
 * \`this\` is the shadow root. Records the last \`input\` ('click' or 'nav') → the list of a
 * \`count\`-note talk on screen: \`samples\` when its first \`first\` rows (more than the list
 * shows) are laid out, \`wholes\` when all \`count\` are in the DOM (the rest is drawn in steps).
 */
export const OPEN_PROBE = `function (count, input, first) {
  const root = this;
  const probe = (globalThis.__tnOpen = { samples: [], wholes: [], waiters: [], armed: false, seen: false });
  const inputs = globalThis.__tnInput;
  const list = () => {
    const body = root.querySelector('#tn-body');
    const ul = root.querySelector('ul.notes');
    return body && !body.hidden && ul ? ul : null;
  };
  new MutationObserver(() => {
    if (!probe.armed) return;
    const ul = list();
    if (!ul) return;
    if (!probe.seen && ul.childElementCount >= Math.min(first, count)) {
      ul.children[Math.min(first, count) - 1].getBoundingClientRect();
      probe.samples.push(performance.now() - inputs[input]);
      probe.seen = true;
    }
    if (probe.seen && ul.childElementCount === count) {
      probe.wholes.push(performance.now() - inputs[input]);
      probe.armed = false;
      probe.seen = false;
      for (const w of probe.waiters.splice(0)) w();
    }
  }).observe(root, { subtree: true, childList: true, attributes: true });
  return true;
}`;

/** The setting "Open the sidebar on every video": a talk without notes otherwise shows only the loader's control. */
export async function keepSidebarOpen(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, everyVideo: true } });
  });
}

/** Finds the sidebar's shadow root and resolves it into WORLD; returns its object id and the world's context id. */
export async function sidebarRoot(cdp, contextId) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root, (n) => n.nodeName === 'TALK-NOTES-SIDEBAR' && n.shadowRoots?.length);
    if (host) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots[0].backendNodeId, executionContextId: contextId });
      return object.objectId;
    }
    if (Date.now() > deadline) throw new Error('the sidebar did not mount');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function findNode(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** Opens a CDP session on `page` with WORLD injected at document start; `world()` gives its current context id. */
export async function benchSession(page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === WORLD) contexts.set(context.auxData?.frameId, context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    for (const [frame, id] of contexts) if (id === executionContextId) contexts.delete(frame);
  });
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  await cdp.send('DOM.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: EARLY_SCRIPT, worldName: WORLD });
  const frameId = async () => (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  return {
    cdp,
    async world() {
      const id = await frameId();
      if (!contexts.has(id)) {
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: id, worldName: WORLD });
        contexts.set(id, executionContextId);
      }
      return contexts.get(id);
    },
    /** Evaluates `expression` in WORLD, awaiting a promise. */
    async run(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: await this.world(), awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    async call(objectId, fn, args = []) {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: fn, arguments: args.map((value) => ({ value })), awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
  };
}
