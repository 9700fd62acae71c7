// Messages not yet put into words: problems and notes carry { key, params } (see core/problems.ts),
// and the words are chosen at the edge, in the reader's language, by `say`.
import type { Lang } from '../core/text.js';
import { words } from './catalogues.js';
import type { messages as french } from './fr/messages.js';

type Messages = typeof french;

export type MessageKey = keyof Messages;
export type MessageParams<K extends MessageKey> = Parameters<Messages[K]>[0] extends undefined
  ? Record<string, never>
  : Parameters<Messages[K]>[0];
/** A message not yet put into words: rendered in the reader's language at the last moment. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey];

export function msg<K extends MessageKey>(key: K, ...params: Parameters<Messages[K]>[0] extends undefined ? [] : [MessageParams<K>]): Message {
  return { key, params: (params[0] ?? {}) } as Message;
}

export function say(message: Message, lang: Lang): string {
  const render = words(lang).messages[message.key] as (p: unknown) => string;
  return render(message.params);
}
