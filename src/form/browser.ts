// The page's entry (bundled by scripts/build.mjs into one inline script): the browser's edge,
// as src/cli is the terminal's. Only here does the form touch storage, the clock, downloads and
// the clipboard; everything else is in ./app.ts and the shared code it imports.
import './polyfills.js';
import { startForm, type Edge } from './app.js';
import { DATA_ELEMENT_ID, ROOT_ELEMENT_ID, type PageData } from './page-ids.js';
import { emptyState, fromStored, legacyStorageKey, toStored, type FormState } from './state.js';

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

/**
 * The state kept in the browser, encrypted (AES-GCM) with this form's own key, under this form's
 * own id: any page of the same origin can list and read localStorage, but finds there only
 * ciphertext it cannot read, under a name that says nothing. Without Web Crypto nothing is kept.
 */
interface Vault {
  load(): Promise<string | null>;
  save(text: string): Promise<void>;
  clear(): void;
}

const STORAGE_PREFIX = 'cocon-form/';
const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));

async function openVault(store: Storage, data: PageData): Promise<Vault | undefined> {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!data.storage || !subtle) return undefined;
  const name = STORAGE_PREFIX + data.storage.id;
  // What the state was made for, checked on decryption: this questionnaire's content, this form.
  const made = new TextEncoder().encode(JSON.stringify([data.storage.id, data.questionnaire]));
  try {
    const key = await subtle.importKey('raw', fromHex(data.storage.secret), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    return {
      async load() {
        const stored = store.getItem(name);
        const match = stored ? /^([0-9a-f]{24}):([0-9a-f]+)$/.exec(stored) : null;
        if (!match) return null;
        try {
          const plain = await subtle.decrypt({ name: 'AES-GCM', iv: fromHex(match[1]!), additionalData: made }, key, fromHex(match[2]!));
          return new TextDecoder().decode(plain);
        } catch {
          return null;
        }
      },
      async save(text: string) {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: made }, key, new TextEncoder().encode(text));
        store.setItem(name, `${toHex(iv)}:${toHex(new Uint8Array(sealed))}`);
      },
      clear() {
        store.removeItem(name);
      },
    };
  } catch {
    return undefined;
  }
}

async function boot(): Promise<void> {
  const root = document.getElementById(ROOT_ELEMENT_ID);
  const element = document.getElementById(DATA_ELEMENT_ID);
  if (!root || !element) return;
  const data = JSON.parse(element.textContent ?? '{}') as PageData;
  const store = storage();
  // Forms before 0.x kept their state in clear under the questionnaire's id and version: erased.
  store?.removeItem(legacyStorageKey(data.questionnaire));
  const vault = store ? await openVault(store, data) : undefined;
  const text = vault ? await vault.load() : null;
  const restored = text !== null ? fromStored(text, data.questionnaire) : undefined;
  // Saves one after the other, so that a slower encryption never writes an older state last.
  let queue: Promise<void> = Promise.resolve();
  const edge: Edge = {
    storageWorks: vault !== undefined,
    save(state: FormState) {
      if (!vault) return false;
      const text = toStored(state);
      queue = queue.then(() => vault.save(text)).catch(() => undefined);
      return true;
    },
    clear() {
      queue = queue.then(() => vault?.clear());
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

void boot();
