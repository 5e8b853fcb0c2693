/**
 * Counting for the composer, in the renderer (never on the Node side): each distinct text is analysed
 * once (the costly grapheme segmentation) and counted for every account that publishes it with one
 * countAll call. Variants that follow the master text all share the master's analysis.
 */
import type { Account, AccountId, Variant } from '../../../../core/model/index.js';
import {
  analyseText,
  countAll,
  findInvisibles,
  rulesFor,
  type CountTarget,
  type Invisible,
  type TargetCount,
  type TextAnalysis,
} from '../../../../core/networks/index.js';
import { partsOf } from '../../state/editorDraft.js';

const CACHE_SIZE = 24;
const analyses = new Map<string, TextAnalysis>();

/** The analysis of `text`, from a small cache: the texts on screen are analysed once, not once per render. */
export function analysisFor(text: string): TextAnalysis {
  const known = analyses.get(text);
  if (known) {
    // Most recently used last, so the oldest is the one dropped.
    analyses.delete(text);
    analyses.set(text, known);
    return known;
  }
  const analysis = analyseText(text);
  analyses.set(text, analysis);
  if (analyses.size > CACHE_SIZE) analyses.delete(analyses.keys().next().value as string);
  return analysis;
}

export function targetOf(account: Account): CountTarget {
  return account.instanceLimit === undefined
    ? { network: account.network, id: account.id }
    : { network: account.network, id: account.id, instanceLimit: account.instanceLimit };
}

/** Each variant's parts (one unless split into a thread), counted for its account. */
export type VariantCounts = ReadonlyMap<AccountId, readonly TargetCount[]>;

/** One distinct text and every account (and which of its parts) that publishes it. */
export interface TextGroup {
  readonly text: string;
  readonly targets: CountTarget[];
  readonly slots: { accountId: AccountId; part: number }[];
}

/** The variants' texts, each once: variants that follow the master all share one group. */
export function groupByText(variants: readonly Variant[], accounts: ReadonlyMap<string, Account>): TextGroup[] {
  const byText = new Map<string, TextGroup>();
  for (const variant of variants) {
    const account = accounts.get(variant.accountId);
    if (!account) continue;
    partsOf(variant).forEach((text, part) => {
      let group = byText.get(text);
      if (!group) {
        group = { text, targets: [], slots: [] };
        byText.set(text, group);
      }
      group.targets.push(targetOf(account));
      group.slots.push({ accountId: variant.accountId, part });
    });
  }
  return [...byText.values()];
}

/** Counts each group's text once, for all its accounts (what the counting worker runs). */
export function countGroups(groups: readonly Pick<TextGroup, 'text' | 'targets'>[]): TargetCount[][] {
  return groups.map((group) => countAll(analysisFor(group.text), group.targets));
}

/** Puts each group's counts back on the variants' parts. */
export function assembleCounts(
  groups: readonly TextGroup[],
  counted: readonly (readonly TargetCount[])[],
): VariantCounts {
  const result = new Map<AccountId, TargetCount[]>();
  groups.forEach((group, g) => {
    group.slots.forEach((slot, index) => {
      const count = counted[g]?.[index];
      if (!count) return;
      let list = result.get(slot.accountId);
      if (!list) {
        list = [];
        result.set(slot.accountId, list);
      }
      list[slot.part] = count;
    });
  });
  return result;
}

export function countVariants(variants: readonly Variant[], accounts: ReadonlyMap<string, Account>): VariantCounts {
  const groups = groupByText(variants, accounts);
  return assembleCounts(groups, countGroups(groups));
}

/** The part that fares worst (least remaining), for the tab's counter. */
export function worstOf(counts: readonly TargetCount[] | undefined): TargetCount | null {
  if (!counts || counts.length === 0) return null;
  return counts.reduce((worst, count) => (count.remaining < worst.remaining ? count : worst));
}

export type VariantProblem =
  | { kind: 'tooLong'; part: number; by: number }
  | { kind: 'tooManyBytes'; part: number }
  | { kind: 'empty'; part: number }
  | { kind: 'invalidCharacter'; part: number }
  | { kind: 'invisible'; part: number; invisible: Invisible };

/** What stops a variant from going out as it is, part by part. */
export function problemsOf(variant: Variant, counts: readonly TargetCount[] | undefined): VariantProblem[] {
  const problems: VariantProblem[] = [];
  partsOf(variant).forEach((text, part) => {
    const count = counts?.[part];
    if (count?.problem === 'too_long') problems.push({ kind: 'tooLong', part, by: -count.remaining });
    else if (count?.problem === 'too_many_bytes') problems.push({ kind: 'tooManyBytes', part });
    else if (count?.problem === 'empty') problems.push({ kind: 'empty', part });
    else if (count?.problem === 'invalid_character') problems.push({ kind: 'invalidCharacter', part });
    for (const invisible of findInvisibles(text)) problems.push({ kind: 'invisible', part, invisible });
  });
  return problems;
}

/** Whether the account's network publishes threads, and the part limit it counts them against. */
export function threadLimitOf(account: Account): number | null {
  const { thread } = rulesFor(account.network);
  if (!thread.supported || thread.partLimit === null) return null;
  return account.network === 'mastodon' ? (account.instanceLimit ?? thread.partLimit) : thread.partLimit;
}

/** Takes the " 2/5" numbering off a part, to put a thread back together. */
export function withoutNumbering(part: string): string {
  return part.replace(/\s\d+\/\d+$/u, '');
}
