// The browser harness itself: a page written to disk opens from file://, its requests, console
// errors and dialogs are seen, and axe-core runs in it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { describeInBrowser, suiteBrowser, openWatched, scratchDir, seriousViolations } from './chromium.js';

describeInBrowser('the browser harness', () => {
  const browser = suiteBrowser();

  it('sees a request, a console error and a dialog a page makes, and runs axe-core', async () => {
    const file = join(scratchDir(), 'page.html');
    writeFileSync(file, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>Bonjour</h1><img src="https://example.invalid/x.png" alt="x"></main><script>console.error('boom'); alert('hi');</script></body></html>`);
    const url = pathToFileURL(file).href;
    const { page, watch } = await openWatched(browser(), url);
    expect(watch.requests).toEqual(['https://example.invalid/x.png']);
    expect(watch.consoleErrors.some((e) => e.includes('boom'))).toBe(true);
    expect(watch.dialogs).toEqual(['hi']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
