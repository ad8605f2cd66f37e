/**
 * A rule set is dated data: an id, a version, the date it took effect, its sources, and the named
 * parameters an algorithm reads (docs/rules/README.md): a rule value is never a literal in an
 * algorithm.
 */
export interface RuleSet<P> {
  readonly id: string;
  readonly version: string;
  readonly effective: string;
  readonly sources: readonly string[];
  readonly params: P;
}
