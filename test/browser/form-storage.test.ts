// The form's browser storage against a hostile page. Chromium gives every file:// page one storage
// origin: before, any HTML file opened from disk read a saved form in clear (territory, name, role,
// comments), a second copy of the form for another territory resumed the first person's answers,
// and a custom questionnaire reusing the bundled id and version resumed the bundled form's. Now
// the state is encrypted with a key made for each generated form, under a random name; it is
// erased once the answers file is handed out unless the person keeps it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runMain } from '../memory-io.js';
import { FIXTURES } from '../helpers.js';
import { describeInBrowser, launch, scratchDir } from './chromium.js';

const MINI = join(FIXTURES, 'mini.yaml');
const SECRET_TERRITORY = 'Territoire-Confidentiel';
const SECRET_ROLE = 'Rôle-Confidentiel';
const SECRET_NAME = 'Nom-Confidentiel';

async function writeForm(file: string, args: string[]): Promise<string> {
  const result = await runMain(['form', ...args, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  return pathToFileURL(file).href;
}

/** What any page of the origin can read: every key and value of localStorage. */
async function everything(context: BrowserContext, hostile: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(hostile);
  const found = await page.evaluate(() => {
    const out: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      out.push(key, localStorage.getItem(key) ?? '');
    }
    return out;
  });
  await page.close();
  return found;
}

async function startAnswering(page: Page): Promise<void> {
  await page.getByLabel('Territoire').fill(SECRET_TERRITORY);
  await page.getByLabel('Collectivité (élu·e, agent·e)').check();
  await page.getByLabel('Votre rôle ou fonction').fill(SECRET_ROLE);
  await page.getByLabel('Votre nom (facultatif)').fill(SECRET_NAME);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByLabel('Parfois quelqu\'un').check();
  await page.getByRole('button', { name: 'Suivant →' }).click();
}

/** Through the remaining questions with « Je ne sais pas » where it is offered, to the file. */
async function finish(page: Page): Promise<void> {
  for (let step = 0; step < 12; step++) {
    const produce = page.getByRole('button', { name: 'Vérifier et produire le fichier de réponses' });
    if (await produce.count()) {
      await produce.click();
      return;
    }
    const unknown = page.getByLabel('Je ne sais pas', { exact: true });
    if (await unknown.count()) await unknown.first().check();
    else if (await page.getByLabel('Non concerné').count()) await page.getByLabel('Non concerné').check();
    else if (await page.getByLabel('3', { exact: true }).count()) await page.getByLabel('3', { exact: true }).check();
    await page.getByRole('button', { name: 'Suivant →' }).click();
  }
  throw new Error('never reached the summary');
}

describeInBrowser('the form\'s storage in Chromium, beside a hostile page of the same file:// origin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps only ciphertext under a random name, resumes only in its own form, erases itself once the file is handed out unless kept', async () => {
    const dir = scratchDir();
    const formA = await writeForm(join(dir, 'questionnaire.html'), ['--questionnaire', MINI]);
    // The same questionnaire again (another territory's copy), and the bundled id reused by another content.
    const formB = await writeForm(join(dir, 'questionnaire-autre-territoire.html'), ['--questionnaire', MINI]);
    const hostileFile = join(dir, 'hostile.html');
    writeFileSync(hostileFile, '<!doctype html><meta charset="utf-8"><title>hostile</title><p>nothing</p>');
    const hostile = pathToFileURL(hostileFile).href;
    const context = await browser.newContext({ acceptDownloads: true });

    const page = await context.newPage();
    await page.goto(formA);
    // The first screen says what stays in the browser and how to erase it.
    await expect.poll(async () => (await page.locator('[data-storage-note]').textContent()) ?? '').toMatch(/chiffrés avec une clé que seul ce fichier contient.*Effacer mes réponses de ce navigateur/);
    await startAnswering(page);
    // Something is kept, but nothing a hostile page can read.
    await expect.poll(async () => (await everything(context, hostile)).filter((x) => x.startsWith('cocon-form/')).length).toBe(1);
    const stored = (await everything(context, hostile)).join('\n');
    for (const secret of [SECRET_TERRITORY, SECRET_ROLE, SECRET_NAME, 'Val', 'collectivite', 'parfois', 'mini', '1.2.0', '"']) expect(stored).not.toContain(secret);

    // Another copy of the form never resumes it.
    const other = await context.newPage();
    await other.goto(formB);
    await expect.poll(() => other.getByLabel('Territoire').inputValue()).toBe('');
    expect(await other.getByText('Vos réponses précédentes ont été retrouvées dans ce navigateur.').count()).toBe(0);
    await other.close();

    // Its own form does, after a reload.
    await page.reload();
    await expect.poll(() => page.getByText('Vos réponses précédentes ont été retrouvées dans ce navigateur.').count()).toBe(1);

    // Handed out: erased.
    await finish(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Télécharger/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.yaml$/);
    await expect.poll(async () => (await everything(context, hostile)).filter((x) => x.startsWith('cocon-form/')).length).toBe(0);
    await expect.poll(() => page.getByText('Vos réponses ont été effacées de ce navigateur : seul le fichier les contient.'.replace(/ :/, '\u202F:')).count()).toBe(1);

    // Kept when asked: the state is back, still unreadable.
    await page.locator('[data-keep]').check();
    await expect.poll(async () => (await everything(context, hostile)).filter((x) => x.startsWith('cocon-form/')).length).toBe(1);
    expect((await everything(context, hostile)).join('\n')).not.toContain(SECRET_TERRITORY);
    await context.close();
  });

  it('erases the state earlier forms kept in clear under the questionnaire\'s id and version', async () => {
    const dir = scratchDir();
    const form = await writeForm(join(dir, 'questionnaire.html'), ['--questionnaire', MINI]);
    const hostileFile = join(dir, 'ancien.html');
    writeFileSync(hostileFile, '<!doctype html><meta charset="utf-8"><title>old</title>');
    const context = await browser.newContext();
    const old = await context.newPage();
    await old.goto(pathToFileURL(hostileFile).href);
    await old.evaluate(() => localStorage.setItem('cocon-form/mini@1.2.0', JSON.stringify({ v: 1, draft: { territory: 'Ancien' } })));
    const page = await context.newPage();
    await page.goto(form);
    await expect.poll(() => old.evaluate(() => localStorage.getItem('cocon-form/mini@1.2.0'))).toBeNull();
    expect(await page.getByLabel('Territoire').inputValue()).toBe('');
    await context.close();
  });
});
