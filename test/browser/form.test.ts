// The form of `cocon form`, filled in a real headless Chromium as a person would: every question
// type, « je ne sais pas » / « non concerné », comments, a condition, a reload half-way, the
// download; then `cocon score` on the downloaded file must give the same diagnostic as the same
// answers written by hand. Also: no request, no console error, no serious axe-core violation,
// no horizontal scrolling at 360 px, keyboard only, and hostile strings that stay text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadQuestionnaire } from '../../src/load/questionnaire.js';
import { runMain } from '../memory-io.js';
import { FIXTURES, ROOT, answersFrom, sourceOf } from '../helpers.js';
import { describeInBrowser, suiteBrowser, openWatched, scratchDir, seriousViolations, type PageWatch } from './chromium.js';

const PHONE = { width: 360, height: 740 };
/** French typography puts narrow no-break spaces before « : ; ? » and inside « »; read them as spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\u202F/g, ' ');
const TODAY = new Date('2026-03-14T10:00:00');
const MINI = join(FIXTURES, 'mini.yaml');

async function writeForm(dir: string, args: string[]): Promise<string> {
  const file = join(dir, 'questionnaire.html');
  const result = await runMain(['form', ...args, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  return pathToFileURL(file).href;
}

async function open(browser: Browser, url: string): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openWatched(browser, url, PHONE);
  await opened.page.clock.setFixedTime(TODAY);
  return opened;
}

/** Nothing wider than the phone: the page reflows instead of scrolling sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function scoreJson(file: string, questionnaire: string): Promise<string> {
  const result = await runMain(['score', file, '--questionnaire', questionnaire, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

async function download(page: Page, dir: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Télécharger|^Download/ }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describeInBrowser('cocon form in Chromium', () => {
  const browser = suiteBrowser();

  it('fills every question type, survives a reload, and hands out a file cocon scores like the same answers written by hand', async () => {
    const dir = scratchDir();
    const url = await writeForm(dir, ['--questionnaire', MINI]);
    const { page, watch } = await open(browser(), url);
    const violations: string[] = [];
    const check = async (where: string) => {
      for (const v of await seriousViolations(page)) violations.push(`${where}: ${v.id} (${v.impact}, ${v.nodes})`);
      expect(await fitsWidth(page), where).toBe(true);
    };

    await check('profile');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => page.getByText('Réponse obligatoire.').count()).toBeGreaterThan(0);
    await page.getByLabel('Territoire').fill('Val-de-Test');
    await page.getByLabel('Collectivité (élu·e, agent·e)').check();
    await page.getByLabel('Votre rôle ou fonction').fill('Chargée de mission');
    await page.getByRole('button', { name: 'Commencer' }).click();

    // a1 (single). « Personne » hides a3 (condition notIn [personne]): 4 to come; another answer shows it: 5.
    await expect.poll(() => page.locator('.position').textContent()).toBe('Alpha · 1/3 · 0 répondue, environ 5 à venir');
    await check('single');
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await expect.poll(async () => plain(await page.getByRole('alert').textContent())).toBe('Choisissez une réponse, « Je ne sais pas ».');
    await page.getByLabel('Personne').check();
    await expect.poll(() => page.locator('.position').textContent()).toBe('Alpha · 1/2 · 0 répondue, environ 4 à venir');
    await page.getByLabel('Parfois quelqu\'un').check();
    await expect.poll(() => page.locator('.position').textContent()).toBe('Alpha · 1/3 · 0 répondue, environ 5 à venir');
    await page.getByRole('button', { name: 'Suivant →' }).click();

    // a2 (multiple), partly known (« Je ne sais pas » beside two options), with a comment.
    await check('multiple');
    await page.getByLabel('Collectivités').check();
    await page.getByLabel('Associations').check();
    await page.getByRole('checkbox', { name: 'Je ne sais pas' }).check();
    expect(await page.getByLabel('Associations').isChecked()).toBe(true);
    await page.getByText('✎ Ajouter un commentaire ou une preuve').click();
    await page.getByLabel('Commentaire').fill('Deux mondes sur quatre.');
    await page.getByRole('button', { name: 'Suivant →' }).click();

    // a3 (yes/no, shown by the condition): « Je ne sais pas », with evidence.
    await check('yesno');
    await page.getByLabel('Je ne sais pas').check();
    await page.getByText('✎ Ajouter un commentaire ou une preuve').click();
    await page.getByLabel('Preuve ou source').fill('Budget 2026, ligne 12');
    await page.getByRole('button', { name: 'Suivant →' }).click();

    // Half-way: a reload loses nothing, and going back shows the answers given.
    await expect.poll(() => page.locator('legend').textContent()).toBe('Maturité des expérimentations (1 à 5)');
    await page.reload();
    await expect.poll(() => page.locator('legend').textContent()).toBe('Maturité des expérimentations (1 à 5)');
    await expect.poll(() => page.getByText('Vos réponses précédentes ont été retrouvées dans ce navigateur.').count()).toBe(1);
    await page.getByRole('button', { name: '← Question précédente' }).click();
    expect(await page.getByLabel('Je ne sais pas').isChecked()).toBe(true);
    expect(await page.getByLabel('Preuve ou source').inputValue()).toBe('Budget 2026, ligne 12');
    await page.getByRole('button', { name: '← Question précédente' }).click();
    expect(await page.getByLabel('Collectivités').isChecked()).toBe(true);
    expect(await page.getByLabel('Entreprises').isChecked()).toBe(false);
    expect(await page.getByLabel('Commentaire').inputValue()).toBe('Deux mondes sur quatre.');
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await page.getByRole('button', { name: 'Suivant →' }).click();

    // b1 (scale), b2 « Non concerné », b3 (free text).
    await check('scale');
    await page.getByLabel('4', { exact: true }).check();
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await page.getByLabel('Non concerné').check();
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await check('text');
    await page.getByLabel('Un commentaire ?').fill('  Rien à ajouter.  ');
    await page.getByRole('button', { name: 'Suivant →' }).click();

    // Summary, then the file.
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Récapitulatif');
    await check('summary');
    expect(plain(await page.locator('main').innerText())).toContain('Alpha : 2 répondues, 1 « je ne sais pas », 0 non concernée');
    await page.getByRole('button', { name: 'Vérifier et produire le fichier de réponses' }).click();
    await check('done');
    const file = await download(page, dir);
    expect(file.name).toBe('cocon-val-de-test-collectivite-2026-03-14.yaml');
    expect(await page.getByLabel(/Le même fichier en texte/).inputValue()).toBe(file.text);

    const byHand = join(dir, 'by-hand.yaml');
    writeFileSync(byHand, [
      'questionnaire: { id: mini, version: 1.2.0 }',
      'respondent: { territory: Val-de-Test, actorType: collectivite, role: Chargée de mission, date: 2026-03-14 }',
      'answers:',
      '  a1: parfois',
      '  a2: { value: [collectivites, associations, ne-sait-pas], comment: Deux mondes sur quatre. }',
      '  a3: { value: ne-sait-pas, evidence: "Budget 2026, ligne 12" }',
      '  b1: 4',
      '  b2: non-concerne',
      '  b3: Rien à ajouter.',
      '',
    ].join('\n'));
    const downloaded = join(dir, file.name);
    const fromForm = JSON.parse(await scoreJson(downloaded, MINI)) as { respondents: unknown };
    const fromHand = JSON.parse(await scoreJson(byHand, MINI)) as { respondents: unknown };
    expect(fromForm).toEqual(fromHand);
    expect(await runMain(['validate', downloaded, '--questionnaire', MINI])).toMatchObject({ code: 0 });

    expect(violations).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });

  it('answers the bundled questionnaire with the keyboard alone, in English, and the file scores like the same answers by hand', async () => {
    const dir = scratchDir();
    const url = await writeForm(dir, ['--lang', 'en']);
    const { page, watch } = await open(browser(), url);
    const questionnaire = loadQuestionnaire(sourceOf(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml')));
    const focused = () => page.evaluate(() => {
      const e = document.activeElement as HTMLInputElement | null;
      return e ? `${e.tagName.toLowerCase()}|${e.type ?? ''}|${e.id}|${e.textContent ?? ''}` : '';
    });
    const tabTo = async (matches: (description: string) => boolean) => {
      for (let i = 0; i < 100; i++) {
        await page.keyboard.press('Tab');
        if (matches(await focused())) return;
      }
      throw new Error(`never reached by Tab; last: ${await focused()}`);
    };

    await tabTo((d) => d.startsWith('input|text'));
    await page.keyboard.type('Pays de Sablonne');
    await tabTo((d) => d.startsWith('input|radio'));
    await page.keyboard.press('ArrowDown'); // association
    await tabTo((d) => d.startsWith('input|text'));
    await page.keyboard.type('Director');
    await tabTo((d) => d.startsWith('button') && d.endsWith('Start'));
    await page.keyboard.press('Enter');

    // Question by question, as the conditions show them (a first answer of « none » hides some).
    const expected: string[] = [];
    const byText = new Map(questionnaire.questions.map((q) => [typeof q.text === 'string' ? q.text : q.text.en, q]));
    for (let screens = 0; screens < questionnaire.questions.length; screens++) {
      await expect.poll(() => page.locator('h2').textContent()).not.toBe('Who is answering?');
      if ((await page.locator('legend').count()) === 0) break;
      const question = byText.get((await page.locator('legend').textContent()) ?? '')!;
      expect(question).toBeDefined();
      // Single choice: the first option, or « I don't know » every fifth; multiple: the first option ticked.
      const unknown = expected.length % 5 === 4;
      if (question.type === 'text') {
        await tabTo((d) => d.startsWith('textarea'));
        await page.keyboard.type('Typed with the keyboard: nothing else.');
        expected.push(`  ${question.id}: "Typed with the keyboard: nothing else."`);
      } else if ((await tabTo((d) => d.startsWith('input|radio') || d.startsWith('input|checkbox')), question.type === 'single' && unknown)) {
        for (let k = 0; k < question.options.length; k++) await page.keyboard.press('ArrowDown');
        expected.push(`  ${question.id}: ne-sait-pas`);
      } else {
        await page.keyboard.press('Space');
        expected.push(question.type === 'multiple' ? `  ${question.id}: [${question.options[0]!.id}]` : `  ${question.id}: ${question.options[0]!.id}`);
      }
      await tabTo((d) => d.startsWith('button') && d.endsWith('Next →'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('h2, legend').allTextContents()).not.toContain(typeof question.text === 'string' ? question.text : question.text.en);
    }
    // First options everywhere: « none » hides the follow-ups of meetings, partnerships and experimentations.
    expect(expected.length).toBeGreaterThan(15);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Summary');
    await tabTo((d) => d.startsWith('button') && d.endsWith('Check and produce the answers file'));
    await page.keyboard.press('Enter');
    await tabTo((d) => d.startsWith('button') && d.includes('Download'));
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const downloaded = join(dir, file.suggestedFilename());
    await file.saveAs(downloaded);
    expect(file.suggestedFilename()).toBe('cocon-pays-de-sablonne-association-2026-03-14.yaml');

    const byHand = join(dir, 'by-hand.yaml');
    writeFileSync(byHand, [
      'questionnaire: { id: coconstruction-territoriale, version: 2.0.0 }',
      'respondent: { territory: Pays de Sablonne, actorType: association, role: Director, date: 2026-03-14 }',
      'answers:',
      ...expected,
      '',
    ].join('\n'));
    const bundled = 'coconstruction-territoriale';
    expect(JSON.parse(await scoreJson(downloaded, bundled))).toEqual(JSON.parse(await scoreJson(byHand, bundled)));
    expect(await seriousViolations(page)).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('keeps hostile strings as text everywhere and writes them back unchanged', async () => {
    const dir = scratchDir();
    const payloads = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 2">',
      'javascript:window.__pwned = 3',
      '| a | b |\n|---|---|',
      '\u001b[31mrouge\u001b[0m \u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007',
      '=HYPERLINK("https://evil.example")',
      '</script><!-- "\' &amp;',
    ];
    const hostile = payloads.join(' ');
    const yamlString = JSON.stringify(hostile);
    const custom = readFileSync(MINI, 'utf8')
      .replace('title: { fr: Mini questionnaire, en: Mini questionnaire }', `title: { fr: ${yamlString}, en: ${yamlString} }`)
      .replace('label: { fr: Alpha, en: Alpha }', `label: { fr: ${yamlString}, en: ${yamlString} }`)
      .replace('text: { fr: Qui anime le dialogue ?, en: Who runs the dialogue? }', `text: { fr: ${yamlString}, en: ${yamlString} }`)
      .replace('help: { fr: "Sans animateur, pas de dialogue.", en: "Without a facilitator, no dialogue." }', `help: { fr: ${yamlString}, en: ${yamlString} }`)
      .replace('label: { fr: Personne, en: Nobody }', `label: { fr: ${yamlString}, en: ${yamlString} }`)
      .replace('minLabel: { fr: Aucune, en: None }', `minLabel: { fr: ${yamlString}, en: ${yamlString} }`);
    const questionnaireFile = join(dir, 'hostile.yaml');
    writeFileSync(questionnaireFile, custom);
    const url = await writeForm(dir, ['--questionnaire', questionnaireFile]);
    const { page, watch } = await open(browser(), url);
    const questionnaire = loadQuestionnaire(sourceOf(questionnaireFile));

    expect(await page.title()).toContain(payloads[0]);
    const typed = payloads.join('\n');
    const territory = [payloads[0], payloads[3], payloads[5]].join(' ').replace(/\n/g, ' ');
    await page.getByLabel('Territoire').fill(territory);
    await page.getByLabel('Association').check();
    await page.getByLabel('Votre rôle ou fonction').fill(payloads[1]!);
    await page.getByLabel('Votre nom (facultatif)').fill(payloads[4]!);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => page.locator('legend').textContent()).toBe(hostile);
    expect(await page.locator('.why').innerText()).toContain(payloads[0]);
    await page.getByRole('radio').first().check();
    await page.getByText('✎ Ajouter un commentaire ou une preuve').click();
    await page.getByLabel('Commentaire').fill(typed);
    await page.getByLabel('Preuve ou source').fill(payloads[2]!);
    // To the free-text question through the others.
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await page.getByLabel('Je ne sais pas').check();
    await page.getByRole('button', { name: 'Suivant →' }).click();
    await page.getByLabel('Un commentaire ?').fill(typed);
    await page.getByRole('button', { name: 'Suivant →' }).click();
    expect(await page.locator('main').innerText()).toContain(payloads[0]);
    await page.getByRole('button', { name: 'Vérifier et produire le fichier de réponses' }).click();
    const file = await download(page, dir);

    const set = answersFrom(join(dir, file.name), questionnaire, file.text);
    expect(set.respondent).toMatchObject({ territory, role: payloads[1], name: payloads[4] });
    expect(set.responses.get('a1')).toEqual({ kind: 'value', value: 'personne', comment: typed, evidence: payloads[2] });
    expect(set.responses.get('b3')).toEqual({ kind: 'value', value: typed });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main script, main img, main a[href]').count()).toBe(0);
    expect(watch.requests).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
