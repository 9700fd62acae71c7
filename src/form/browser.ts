// The page's entry (bundled by scripts/build.mjs into one inline script): the browser's edge,
// as src/cli is the terminal's. Only here does the form touch storage, the clock, downloads and
// the clipboard; everything else is in ./app.ts and the shared code it imports.
import './polyfills.js';
import { startForm, type Edge } from './app.js';
import { DATA_ELEMENT_ID, ROOT_ELEMENT_ID, type PageData } from './page-ids.js';
import { emptyState, fromStored, storageKey, toStored, type FormState } from './state.js';

function storage(): Storage | undefined {
  try {
    const probe = '__cocon_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    // Storage switched off, or a browser that refuses it to pages opened from a file.
    return undefined;
  }
}

function boot(): void {
  const root = document.getElementById(ROOT_ELEMENT_ID);
  const element = document.getElementById(DATA_ELEMENT_ID);
  if (!root || !element) return;
  const data = JSON.parse(element.textContent ?? '{}') as PageData;
  const store = storage();
  const key = storageKey(data.questionnaire);
  const restored = store ? fromStored(store.getItem(key), data.questionnaire) : undefined;
  const edge: Edge = {
    storageWorks: store !== undefined,
    save(state: FormState) {
      if (!store) return false;
      try {
        store.setItem(key, toStored(state));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      store?.removeItem(key);
    },
    today: () => {
      // The person's own calendar day, as `cocon run` dates answers.
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    download(name: string, text: string) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    async copy(text: string) {
      try {
        if (!navigator.clipboard) return false;
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
  startForm(root, data, restored ?? emptyState(data.lang), restored !== undefined && restored.respondent !== undefined, edge);
}

boot();
