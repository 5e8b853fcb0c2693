import type { ContentRequest } from '../../../../core/model/index.js';

const STATUS_ORDER: Record<ContentRequest['status'], number> = { new: 0, accepted: 1, done: 2, declined: 3 };
const PRIORITY_ORDER: Record<ContentRequest['priority'], number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** Open requests first; among them the nearest deadline, then the highest priority. */
export function sortRequests(requests: readonly ContentRequest[]): ContentRequest[] {
  return [...requests].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
