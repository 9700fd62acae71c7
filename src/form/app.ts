// The form's screens: who answers, one question at a time, the summary, the answers file. Each
// change is put in the state and saved at once; the page is drawn again only between screens, so
// typing never loses its place. What depends on a question's type comes from its kind's widget.
import { ACTOR_TYPES, MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type ActorType, type Question, type Response } from '../core/model.js';
import { localize, type Lang, type Text } from '../core/text.js';
import { LANGS } from '../i18n/languages.js';
import { say } from '../i18n/messages.js';
import { words } from '../i18n/catalogues.js';
import { RESPONDENT_MAX, TEXT_MAX } from '../questions/ask-kit.js';
import { isScored, kindOf } from '../questions/index.js';
import type { FormChoice } from '../questions/kind.js';
import { answersFile } from './answers-file.js';
import { h, uid } from './dom.js';
import type { PageData } from './page-ids.js';
import { answer, emptyState, nextScreen, previousScreen, responsesWithNotes, resumeScreen, visibleQuestions, type FormState, type Screen } from './state.js';

/** What the page needs from the browser around it (storage, clock, files, clipboard). */
export interface Edge {
  /** Keeps the state; false when the browser refuses to. */
  save(state: FormState): boolean;
  clear(): void;
  storageWorks: boolean;
  today(): string;
  download(name: string, text: string): void;
  copy(text: string): Promise<boolean>;
}

type Marker = 'unknown' | 'not-applicable';

export function startForm(root: HTMLElement, data: PageData, initial: FormState, resumed: boolean, edge: Edge): void {
  const questionnaire = data.questionnaire;
  let state = initial;
  let notice: string | undefined = resumed ? words(state.lang).form.resumed : undefined;
  let storageOk = edge.storageWorks;
  const w = () => words(state.lang).form;
  const rw = () => words(state.lang).run;
  const t = (text: Text | undefined) => localize(text, state.lang);
  // Once the file is handed out (downloaded or copied), the state is erased unless the person asks
  // to keep it; from then on nothing more is saved.
  let keep = false;
  let handedOut = false;
  const save = () => {
    if (handedOut && !keep) return;
    storageOk = edge.save(state) && storageOk;
  };
  const handOut = (status: HTMLElement) => {
    if (keep) return;
    handedOut = true;
    edge.clear();
    if (edge.storageWorks) status.textContent = [status.textContent, w().erased].filter(Boolean).join(' ');
  };
  const go = (screen: Screen) => {
    state.screen = screen;
    notice = undefined;
    save();
    render(true);
  };

  function render(focus: boolean, focusSelector?: string): void {
    document.documentElement.lang = state.lang;
    document.title = t(questionnaire.title);
    const main = h('main', { id: 'main' }, screenContent());
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(header());
    if (notice || !storageOk) {
      root.appendChild(h('div', { class: 'notices' }, notice && h('p', { class: 'notice', role: 'status' }, notice), !storageOk && h('p', { class: 'notice warning', role: 'alert' }, w().noStorage)));
    }
    root.appendChild(main);
    root.appendChild(h('footer', {}, h('p', {}, w().footer({ version: data.version }))));
    const target = focusSelector ? root.querySelector<HTMLElement>(focusSelector) : focus ? main.querySelector<HTMLElement>('h2') : null;
    if (target) target.focus();
  }

  function header(): HTMLElement {
    const languages: [Lang, string][] = LANGS.map((lang) => [lang, words(lang).form.selfName]);
    return h(
      'header',
      {},
      h('h1', {}, t(questionnaire.title)),
      h(
        'nav',
        { 'aria-label': LANGS.map((lang) => words(lang).form.language).join(' / '), class: 'languages' },
        languages.map(([lang, name]) =>
          h('button', {
            type: 'button', lang, 'aria-pressed': String(state.lang === lang), 'data-lang': lang,
            onclick: () => {
              state.lang = lang;
              if (notice) notice = words(lang).form.resumed;
              save();
              render(false, `button[data-lang="${lang}"]`);
            },
          }, name),
        ),
      ),
    );
  }

  function screenContent(): HTMLElement[] {
    const screen = state.screen;
    if (screen.kind === 'question' && state.respondent) {
      const question = visibleQuestions(questionnaire, state).find((q) => q.id === screen.id);
      if (question) return questionScreen(question, screen.fromSummary === true);
    }
    if (screen.kind === 'summary' && state.respondent) return summaryScreen();
    if (screen.kind === 'done' && state.respondent) return doneScreen();
    return profileScreen();
  }

  // ── Who answers ──────────────────────────────────────────────────────────────────────────
  function profileScreen(): HTMLElement[] {
    const draft = state.draft;
    const fields: { input: HTMLInputElement; error: HTMLElement; required: boolean }[] = [];
    const textField = (key: 'territory' | 'role' | 'name', label: string, required: boolean, hint?: string, autocomplete?: string) => {
      const id = uid(key);
      const hintId = hint ? uid('hint') : undefined;
      const error = h('p', { class: 'error', id: uid('error'), hidden: true });
      const input = h('input', {
        id, name: key, type: 'text', value: draft[key], maxlength: RESPONDENT_MAX, required, 'aria-required': required ? 'true' : undefined,
        autocomplete: autocomplete ?? 'off', 'aria-describedby': [hintId, error.id].filter(Boolean).join(' '),
        oninput: () => {
          draft[key] = input.value;
          save();
        },
      });
      fields.push({ input, error, required });
      return h('div', { class: 'field' }, h('label', { for: id }, label), hint && h('p', { class: 'hint', id: hintId }, hint), input, error);
    };
    const actorError = h('p', { class: 'error', id: uid('error'), hidden: true });
    const actorName = uid('actor');
    const actors = h(
      'fieldset',
      { class: 'field', 'aria-describedby': actorError.id },
      h('legend', {}, w().actorType),
      h('div', { class: 'choices' }, ACTOR_TYPES.map((type) => h('label', { class: 'choice' }, h('input', {
        type: 'radio', name: actorName, value: type, checked: draft.actorType === type,
        onchange: () => {
          draft.actorType = type;
          save();
        },
      }), h('span', {}, rw().actorTypes[type])))),
      actorError,
    );
    const form = h(
      'form',
      { novalidate: true, onsubmit: (event: Event) => {
        event.preventDefault();
        submit();
      } },
      textField('territory', w().territory, true, w().territoryHint, 'address-level2'),
      actors,
      textField('role', w().role, true, undefined, 'organization-title'),
      textField('name', w().name, false, undefined, 'name'),
      h('div', { class: 'nav' }, h('button', { type: 'submit', class: 'primary' }, state.respondent ? w().goOn : w().start)),
    );
    const submit = () => {
      let firstInvalid: HTMLElement | undefined;
      for (const { input, error, required } of fields) {
        const problem = tooLongOrMissing(input.value, required);
        show(error, problem);
        input.setAttribute('aria-invalid', String(problem !== undefined));
        if (problem && !firstInvalid) firstInvalid = input;
      }
      const actorType = draft.actorType;
      show(actorError, actorType ? undefined : rw().required);
      if (!actorType && !firstInvalid) firstInvalid = actors.querySelector('input') ?? undefined;
      if (firstInvalid || !actorType) return void firstInvalid?.focus();
      const name = draft.name.trim();
      state.respondent = { territory: draft.territory.trim(), actorType, role: draft.role.trim(), ...(name ? { name } : {}), date: state.respondent?.date ?? edge.today() };
      go(resumeScreen(questionnaire, state));
    };
    return [h('h2', { tabindex: -1 }, w().profileTitle), h('p', {}, w().intro({ count: questionnaire.questions.length })), ...(edge.storageWorks ? [h('p', { class: 'hint', 'data-storage-note': '' }, w().storageNote)] : []), form];
  }

  function tooLongOrMissing(value: string, required: boolean): string | undefined {
    const length = [...value.trim()].length;
    if (required && length === 0) return rw().required;
    return length > RESPONDENT_MAX ? rw().tooLong({ max: RESPONDENT_MAX, length }) : undefined;
  }

  // ── One question ─────────────────────────────────────────────────────────────────────────
  function questionScreen(question: Question, fromSummary: boolean): HTMLElement[] {
    const kind = kindOf(question);
    const widget = kind.widget(question);
    const dimension = questionnaire.dimensions.find((d) => d.id === question.dimension);
    const position = h('p', { class: 'position' });
    const progress = h('progress', { 'aria-label': w().progress });
    const updatePosition = () => {
      const list = visibleQuestions(questionnaire, state);
      const inDimension = list.filter((q) => q.dimension === question.dimension);
      const overall = list.indexOf(question) + 1;
      // Only the questions shown now are counted, as in `cocon run`.
      const others = list.filter((q) => q !== question);
      const answered = others.filter((q) => state.responses.has(q.id)).length;
      position.textContent = rw().position({ dimension: dimension ? t(dimension.label) : rw().generalQuestions, index: inDimension.indexOf(question) + 1, count: inDimension.length, answered, toCome: others.length - answered });
      progress.max = list.length;
      progress.value = overall;
    };
    updatePosition();
    const firstOfDimension = visibleQuestions(questionnaire, state).find((q) => q.dimension === question.dimension) === question;
    const error = h('p', { class: 'error', id: uid('error'), role: 'alert', hidden: true });
    const whyId = uid('why');
    // The short help when the questionnaire gives one, the full help on demand.
    const [why, more] = question.summary ? [t(question.summary), t(question.help)] : firstSentence(t(question.help));
    const current = () => state.responses.get(question.id);
    const set = (response: Response | undefined) => {
      answer(questionnaire, state, question.id, response);
      save();
      updatePosition();
      notesHint.hidden = state.responses.has(question.id);
      show(error, undefined);
    };
    let blocked: string | undefined;

    const controls = (() => {
      const markers: [Marker, string][] = [['unknown', rw().unknown], ...(question.allowNotApplicable ? [['not-applicable', rw().notApplicable] as [Marker, string]] : [])];
      const now = current();
      const markerOf = (r: Response | undefined): Marker | undefined => (r?.kind === 'unknown' || r?.kind === 'not-applicable' ? r.kind : undefined);
      if (widget.control === 'one') {
        const name = uid('answer');
        const chosen = now?.kind === 'value' ? widget.choices.findIndex((c) => c.value === now.value) : -1;
        const radio = (value: string, checked: boolean, label: string, onchange: () => void) =>
          h('label', { class: 'choice' }, h('input', { type: 'radio', name, value, checked, onchange }), h('span', {}, label));
        const ends = widget.ends && (widget.ends.min || widget.ends.max) && question.scale
          ? h('p', { class: 'hint' }, rw().scaleHint({ min: question.scale.min, max: question.scale.max, minLabel: t(widget.ends.min), maxLabel: t(widget.ends.max) }))
          : undefined;
        return [
          ends,
          h('div', { class: widget.inline ? 'choices inline' : 'choices' }, widget.choices.map((c, i) => radio(`c${i}`, i === chosen, t(c.label), () => set({ kind: 'value', value: c.value })))),
          h('div', { class: 'markers' }, h('span', { class: 'or', 'aria-hidden': 'true' }, w().or), markers.map(([m, label]) => radio(m, markerOf(now) === m, label, () => set({ kind: m })))),
        ];
      }
      if (widget.control === 'many') {
        const chosen = now?.kind === 'value' && Array.isArray(now.value) ? now.value : [];
        // « Je ne sais pas » ticked beside known options means "these, and I don't know the rest".
        const partlyKnown = chosen.includes(MARKER_UNKNOWN);
        const options = widget.choices.map((c: FormChoice) => h('input', { type: 'checkbox', value: String(c.value), checked: chosen.includes(String(c.value)) }));
        const markerBoxes = markers.map(([m]) => h('input', { type: 'checkbox', value: m, checked: markerOf(now) === m || (m === 'unknown' && partlyKnown) }));
        const changed = (box: HTMLInputElement) => {
          // As in `run`: « Non concerné » goes alone; « Je ne sais pas » may go with ticked options.
          const notApplicable = markerBoxes.find((b) => b.value === 'not-applicable');
          if (box.checked) {
            const clears = box === notApplicable ? [...options, ...markerBoxes] : notApplicable ? [notApplicable] : [];
            for (const other of clears) if (other !== box) other.checked = false;
          }
          const ticked = widget.choices.filter((_, i) => options[i]!.checked).map((c) => String(c.value));
          const unknown = markerBoxes.find((b) => b.value === 'unknown')?.checked === true;
          if (notApplicable?.checked) set({ kind: 'not-applicable' });
          else if (unknown) set(ticked.length > 0 ? { kind: 'value', value: [...ticked, MARKER_UNKNOWN] } : { kind: 'unknown' });
          else set({ kind: 'value', value: ticked });
        };
        for (const box of [...options, ...markerBoxes]) box.addEventListener('change', () => changed(box));
        return [
          h('p', { class: 'hint' }, w().manyHint),
          h('div', { class: 'choices' }, widget.choices.map((c, i) => h('label', { class: 'choice' }, options[i]!, h('span', {}, t(c.label))))),
          h('div', { class: 'markers' }, h('span', { class: 'or', 'aria-hidden': 'true' }, w().or), markers.map(([, label], i) => h('label', { class: 'choice' }, markerBoxes[i]!, h('span', {}, label)))),
        ];
      }
      const id = uid('text');
      const hintId = uid('hint');
      const area = h('textarea', { id, rows: 5, maxlength: widget.maxLength, 'aria-describedby': `${hintId} ${error.id}`, value: now?.kind === 'value' ? String(now.value) : '' });
      const markerBoxes = markers.map(([m]) => h('input', { type: 'checkbox', value: m, checked: markerOf(now) === m }));
      area.addEventListener('input', () => {
        for (const box of markerBoxes) box.checked = false;
        const typed = area.value.trim();
        // The markers are words of the answers file: typed as text they would change its meaning.
        blocked = typed === MARKER_UNKNOWN || typed === MARKER_NOT_APPLICABLE ? rw().reserved({ word: typed }) : undefined;
        set(typed && !blocked ? { kind: 'value', value: typed } : undefined);
        show(error, blocked);
        area.setAttribute('aria-invalid', String(blocked !== undefined));
      });
      for (const box of markerBoxes) {
        box.addEventListener('change', () => {
          if (box.checked) {
            for (const other of markerBoxes) if (other !== box) other.checked = false;
            area.value = '';
            blocked = undefined;
          }
          set(box.checked ? { kind: box.value as Marker } : undefined);
        });
      }
      return [
        h('label', { for: id, class: 'sr-only' }, t(question.text)),
        h('p', { class: 'hint', id: hintId }, w().textHint),
        area,
        h('div', { class: 'markers' }, h('span', { class: 'or', 'aria-hidden': 'true' }, w().or), markers.map(([, label], i) => h('label', { class: 'choice' }, markerBoxes[i]!, h('span', {}, label)))),
      ];
    })();

    const notes = state.notes.get(question.id) ?? {};
    const noteField = (key: 'comment' | 'evidence', label: string) => {
      const id = uid(key);
      const area = h('textarea', { id, rows: 3, maxlength: TEXT_MAX, value: notes[key] ?? '' });
      area.addEventListener('input', () => {
        const kept = { ...(state.notes.get(question.id) ?? {}), [key]: area.value };
        state.notes.set(question.id, kept);
        save();
      });
      return h('div', { class: 'field' }, h('label', { for: id }, label), area);
    };
    const notesHint = h('p', { class: 'hint', hidden: state.responses.has(question.id) }, w().notesWithoutAnswer);
    const hasNotes = Boolean(notes.comment?.trim() || notes.evidence?.trim());

    const fieldset = h(
      'fieldset',
      { class: 'question', 'aria-describedby': `${whyId} ${error.id}` },
      h('legend', {}, t(question.text)),
      h('p', { class: 'why', id: whyId }, h('strong', {}, rw().why), ' ', why),
      more && h('details', { class: 'more' }, h('summary', {}, w().moreHelp), h('p', {}, t(question.help))),
      controls,
    );
    const form = h(
      'form',
      { novalidate: true, onsubmit: (event: Event) => {
        event.preventDefault();
        next();
      } },
      fieldset,
      h('details', { class: 'notes', open: hasNotes }, h('summary', {}, w().notes), notesHint, noteField('comment', w().comment), noteField('evidence', w().evidence)),
      error,
      h('div', { class: 'nav' },
        h('button', { type: 'button', onclick: () => go(fromSummary ? { kind: 'summary' } : previousScreen(questionnaire, state, question.id)) }, fromSummary ? w().backToSummary : w().previous),
        h('button', { type: 'submit', class: 'primary' }, w().next),
      ),
    );
    const next = () => {
      if (blocked) return void show(error, blocked);
      if (!current()) {
        if (widget.control === 'one') {
          show(error, w().pickOne({ notApplicable: question.allowNotApplicable }));
          return void fieldset.querySelector<HTMLInputElement>('input')?.focus();
        }
        // Nothing ticked is an answer: none of these (as in `run`).
        if (widget.control === 'many') answer(questionnaire, state, question.id, { kind: 'value', value: [] });
      }
      state.asked.add(question.id);
      go(nextScreen(questionnaire, state, question.id, fromSummary));
    };
    const parts: (HTMLElement | undefined)[] = [
      position,
      progress,
      h('h2', { tabindex: -1 }, t(dimension?.label)),
      firstOfDimension && dimension?.description ? h('p', { class: 'dimension' }, firstSentence(t(dimension.description))[0]) : undefined,
      form,
    ];
    return parts.filter((e): e is HTMLElement => e !== undefined);
  }

  // ── Summary ──────────────────────────────────────────────────────────────────────────────
  function summaryScreen(): HTMLElement[] {
    const respondent = state.respondent!;
    const shown = visibleQuestions(questionnaire, state);
    const editButton = (what: string, screen: Screen) =>
      h('button', { type: 'button', class: 'link', onclick: () => go(screen) }, w().edit, h('span', { class: 'sr-only' }, w().editWhat({ what })));
    const sections = questionnaire.dimensions.map((d) => {
      const questions = shown.filter((q) => q.dimension === d.id);
      const kinds = questions.filter(isScored).map((q) => state.responses.get(q.id)?.kind);
      const line = rw().summaryLine({
        dimension: t(d.label),
        answered: kinds.filter((k) => k === 'value').length,
        unknown: kinds.filter((k) => k === 'unknown').length,
        notApplicable: kinds.filter((k) => k === 'not-applicable').length,
        missing: kinds.filter((k) => k === undefined).length,
      });
      return h(
        'section',
        {},
        h('h3', {}, t(d.label)),
        h('p', { class: 'hint' }, line),
        h('ul', { class: 'answers' }, questions.map((q) => {
          const notes = state.notes.get(q.id);
          const lost = !state.responses.has(q.id) && Boolean(notes?.comment?.trim() || notes?.evidence?.trim());
          return h('li', {},
            h('span', { class: 'q' }, t(q.text)),
            h('span', { class: 'a' }, describe(q, state.responses.get(q.id)), lost && h('em', {}, ` (${w().notesLost})`)),
            editButton(t(q.text), { kind: 'question', id: q.id, fromSummary: true }));
        })),
      );
    });
    const who = [w().respondentLine({ territory: respondent.territory, actorType: rw().actorTypes[respondent.actorType], role: respondent.role }), respondent.name].filter(Boolean).join(' · ');
    return [
      h('h2', { tabindex: -1 }, rw().summaryTitle),
      h('p', {}, w().summaryIntro),
      h('section', {}, h('h3', {}, w().profileTitle), h('p', {}, who), editButton(w().profileTitle, { kind: 'profile' })),
      ...sections,
      h('div', { class: 'nav' }, h('button', { type: 'button', class: 'primary', onclick: () => go({ kind: 'done' }) }, w().finish)),
    ];
  }

  function describe(question: Question, response: Response | undefined): string {
    if (!response) return rw().noAnswer;
    if (response.kind === 'unknown') return rw().unknown;
    if (response.kind === 'not-applicable') return rw().notApplicable;
    return kindOf(question).describe(question, response.value, state.lang) || '—';
  }

  // ── The answers file ─────────────────────────────────────────────────────────────────────
  function doneScreen(): HTMLElement[] {
    const file = answersFile(questionnaire, state.respondent!, responsesWithNotes(questionnaire, state), data.schemaUrl);
    const status = h('p', { role: 'status', class: 'status' });
    const textId = uid('yaml');
    const text = h('textarea', { id: textId, readonly: true, rows: 12, spellcheck: 'false', value: file.yaml });
    const body: (HTMLElement | undefined)[] = file.ok
      ? [
          h('p', {}, w().done({ file: file.name })),
          h('div', { class: 'nav' }, h('button', { type: 'button', class: 'primary', 'data-action': 'download', onclick: () => {
            edge.download(file.name, file.yaml);
            handOut(status);
          } }, w().download({ file: file.name }))),
        ]
      : [h('p', { class: 'error' }, w().checkFailed), h('ul', { class: 'problems' }, file.problems.map((p) => h('li', {}, `${p.line}:${p.col}: ${say(p.message, state.lang)}`)))];
    const copy = async () => {
      const copied = await edge.copy(file.yaml);
      if (!copied) {
        text.focus();
        text.select();
      }
      status.textContent = copied ? w().copied : w().copyFailed;
      if (copied) handOut(status);
    };
    const confirm = h('div', { class: 'nav', hidden: true },
      h('button', { type: 'button', class: 'danger', onclick: () => {
        edge.clear();
        state = emptyState(state.lang);
        notice = undefined;
        render(true);
      } }, w().clearConfirm),
      h('button', { type: 'button', onclick: () => {
        confirm.hidden = true;
        clear.focus();
      } }, w().clearCancel));
    const clear = h('button', { type: 'button', onclick: () => {
      confirm.hidden = false;
      (confirm.firstChild as HTMLElement).focus();
    } }, w().clear);
    return [
      h('h2', { tabindex: -1 }, w().doneTitle),
      ...body.filter((e): e is HTMLElement => e !== undefined),
      status,
      h('div', { class: 'field' }, h('label', { for: textId }, w().fileText), text),
      h('div', { class: 'nav' }, h('button', { type: 'button', 'data-action': 'copy', onclick: () => void copy() }, w().copy), h('button', { type: 'button', onclick: () => go({ kind: 'summary' }) }, w().backToSummary)),
      ...(edge.storageWorks
        ? [h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', 'data-keep': '', checked: keep, onchange: (event: Event) => {
            keep = (event.target as HTMLInputElement).checked;
            if (keep) {
              handedOut = false;
              save();
            }
          } }), ` ${w().keep}`))]
        : []),
      h('section', { class: 'clear' }, clear, confirm),
    ];
  }

  render(false);
}

function show(element: HTMLElement, message: string | undefined): void {
  element.textContent = message ?? '';
  element.hidden = message === undefined;
}

/** The first sentence (shown at once) and whether more follows (behind « En savoir plus »). */
export function firstSentence(text: string): [string, boolean] {
  const end = /[.!?…](\s)/.exec(text);
  if (!end) return [text, false];
  const first = text.slice(0, end.index + 1);
  return [first, text.slice(end.index + 1).trim() !== ''];
}
