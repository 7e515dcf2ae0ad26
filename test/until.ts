// Polls `check` until it gives a truthy value, or fails after `ms`. Shared by the extension suite
// (bundled into the extension host) and the e2e test.
export async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 60_000, every = 250): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
