// In the CLI layer: the day depends on the machine's time zone, which the core never reads.

/** YYYY-MM-DD of the person's own calendar day (at 00:30 in Paris it is already tomorrow, unlike UTC). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
