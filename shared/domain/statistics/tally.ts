/**
 * Counters of a breakdown (by customer, by department …): a group's count
 * (or weight, or amount) keyed by the group's key, read out largest first.
 * One object per group, none per case.
 */

export interface BreakdownItem {
  /** The group: an enum value ('urgent', 'purchasing'), a names.ts key ('id:…', 'name:…'), or '' for none / unknown. */
  key: string;
  /** The entry's or free text's name for name groups; the key itself for enum values ('' for none). */
  label: string;
  /** Cases (a whole number), or the weighted cases of a ratio breakdown. */
  count: number;
}

export interface TwoLevelItem extends BreakdownItem {
  /** The level-2 groups under this level-1 group (a level-1 entry picked itself counts as key '' here). */
  children: BreakdownItem[];
}

/** Largest count first, then by key (the same order on every PC). */
export const byCountThenKey = (a: BreakdownItem, b: BreakdownItem): number => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A group's label may still change while counting (names.ts keeps the smallest spelling): read at the end. */
export interface Labelled {
  key: string;
  label: string;
}

export class Tally {
  private readonly groups = new Map<string, BreakdownItem>();
  private readonly named = new Map<string, Labelled>();

  add(key: string, label: string, amount = 1): void {
    const held = this.groups.get(key);
    if (held) held.count += amount;
    else this.groups.set(key, { key, label, count: amount });
  }

  /** Counts a names.ts group; its label is read when the items are. */
  addGroup(group: Labelled, amount = 1): void {
    const held = this.groups.get(group.key);
    if (held) held.count += amount;
    else {
      this.groups.set(group.key, { key: group.key, label: group.label, count: amount });
      this.named.set(group.key, group);
    }
  }

  /** The groups, largest first (copies: the tally may go on counting). */
  items(): BreakdownItem[] {
    return [...this.groups.values()].map((g) => ({ ...g, label: this.named.get(g.key)?.label ?? g.label })).sort(byCountThenKey);
  }
}

/** Level-1 groups each with their level-2 groups (defect types). */
export class TwoLevelTally {
  private readonly parents = new Tally();
  private readonly children = new Map<string, Tally>();

  add(parentKey: string, parentLabel: string, childKey: string, childLabel: string, amount = 1): void {
    this.parents.add(parentKey, parentLabel, amount);
    let tally = this.children.get(parentKey);
    if (!tally) this.children.set(parentKey, (tally = new Tally()));
    tally.add(childKey, childLabel, amount);
  }

  items(): TwoLevelItem[] {
    return this.parents.items().map((p) => ({ ...p, children: this.children.get(p.key)?.items() ?? [] }));
  }
}
