/**
 * A reason the engine gives as a clause ("the hardship is not resolved: ...", written to follow a
 * program's name) shown on its own: a capital first letter and a full stop.
 */
export function sentence(clause: string): string {
  const t = clause.trim();
  if (t === "") return t;
  const first = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
