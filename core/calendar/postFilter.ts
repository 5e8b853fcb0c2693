/**
 * The one filter over posts: accounts, networks, labels, campaigns, statuses and assignees combine
 * (a post must pass each group that has a choice; within a group any choice will do) with a text
 * search. The calendar, the backlog and the exports all show the set this predicate lets through.
 */
import type { AccountId, CampaignId, LabelId, Network, PostStatus, PostSummary } from '../model/index.js';

export interface PostFilters {
  /** Empty means every account. A post passes when any of its accounts is selected. */
  accounts: AccountId[];
  /** Empty means every network; a post passes when one of its accounts is on a chosen network. */
  networks: Network[];
  labels: LabelId[];
  campaigns: CampaignId[];
  /** Empty means every status. */
  statuses: PostStatus[];
  /** People ids; `UNASSIGNED` stands for posts nobody is assigned to. */
  assignees: string[];
  search: string;
}

export const UNASSIGNED = '∅';

export const NO_FILTERS: PostFilters = {
  accounts: [],
  networks: [],
  labels: [],
  campaigns: [],
  statuses: [],
  assignees: [],
  search: '',
};

export function hasActiveFilters(filters: PostFilters): boolean {
  return (
    filters.accounts.length > 0 ||
    filters.networks.length > 0 ||
    filters.labels.length > 0 ||
    filters.campaigns.length > 0 ||
    filters.statuses.length > 0 ||
    filters.assignees.length > 0 ||
    filters.search.trim() !== ''
  );
}

/** Lower case without accents, so « ete » finds « Été » as a French user expects. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

type Filterable = Pick<PostSummary, 'accounts' | 'labels' | 'campaign' | 'status' | 'assignee' | 'title' | 'excerpt'>;

/**
 * Builds the predicate once (sets, folded words), so running it over 20,000 posts costs a few
 * lookups each. `networkOf` tells an account's network (from the workspace's accounts).
 */
export function postPredicate(
  filters: PostFilters,
  networkOf: (id: AccountId) => Network | undefined,
): (post: Filterable) => boolean {
  const accounts = new Set<string>(filters.accounts);
  const networks = new Set<string>(filters.networks);
  const labels = new Set<string>(filters.labels);
  const campaigns = new Set<string>(filters.campaigns);
  const statuses = new Set<string>(filters.statuses);
  const assignees = new Set<string>(filters.assignees);
  const words = foldForSearch(filters.search).split(/\s+/).filter(Boolean);
  return (post) => {
    if (statuses.size > 0 && !statuses.has(post.status)) return false;
    if (accounts.size > 0 && !post.accounts.some((id) => accounts.has(id))) return false;
    if (networks.size > 0 && !post.accounts.some((id) => networks.has(networkOf(id) ?? ''))) return false;
    if (labels.size > 0 && !post.labels.some((id) => labels.has(id))) return false;
    if (campaigns.size > 0 && (post.campaign === null || !campaigns.has(post.campaign))) return false;
    if (assignees.size > 0 && !assignees.has(post.assignee ?? UNASSIGNED)) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(`${post.title} ${post.excerpt}`);
    return words.every((word) => haystack.includes(word));
  };
}
