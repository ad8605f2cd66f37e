/** Today's date in the pane's own time zone, as YYYY-MM-DD: the as-of date when none is set. */
export function localToday(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(now.getFullYear(), 4)}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
