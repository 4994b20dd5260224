// One request of the message contract sent from an extension page, as the library page sends it.
export const send = (page, type, payload) =>
  page.evaluate(async ([type, payload]) => {
    const reply = await chrome.runtime.sendMessage({ type, payload });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.value;
  }, [type, payload]);
