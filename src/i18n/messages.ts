// Messages not yet put into words: problems and notes carry { key, params } (see core/problems.ts),
// and the words are chosen at the edge, in the reader's language, by `say`.
import type { Lang } from '../core/text.js';
import { words } from './catalogues.js';
import type { messages as french } from './fr/messages.js';

import type { Message, MessageKey, MessageParams } from '../core/message.js';

type Messages = typeof french;

// The reference catalogue's messages are the ones core's problems may carry.
declare module '../core/message.js' {
  interface MessageCatalogue extends Messages {}
}

export type { Message, MessageKey, MessageParams };

export function msg<K extends MessageKey>(key: K, ...params: Parameters<Messages[K]>[0] extends undefined ? [] : [MessageParams<K>]): Message {
  return { key, params: (params[0] ?? {}) } as Message;
}

export function say(message: Message, lang: Lang): string {
  const render = words(lang).messages[message.key] as (p: unknown) => string;
  return render(message.params);
}
