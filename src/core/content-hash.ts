/** FNV-1a over the bytes, plus the length: enough to notice an edited file, and cheaper than loading node:crypto. */
export function contentHash(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `${bytes.length}-${(hash >>> 0).toString(16)}`;
}
