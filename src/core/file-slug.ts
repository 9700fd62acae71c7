/** A territory's name as a file name part: "Val de Brume" → "val-de-brume" (accents dropped, 60 characters at most). */
export function territorySlug(territory: string): string {
  return territory.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'territoire';
}
