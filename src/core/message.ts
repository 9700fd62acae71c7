// A message not yet put into words: `{ key, params }`, put into words at the edge in the reader's
// language. The keys and their parameters are those of the reference catalogue, which
// src/i18n/messages.ts registers here (declaration merging): the ground names no language, and
// every message a problem carries is still checked against the catalogue.

/** The reference catalogue's messages, by key; filled in by src/i18n/messages.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageCatalogue {}

type ParamsOf<F> = F extends (...args: infer A) => string ? (A[0] extends undefined ? Record<string, never> : A[0]) : never;

export type MessageKey = keyof MessageCatalogue;
export type MessageParams<K extends MessageKey> = ParamsOf<MessageCatalogue[K]>;
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey];
