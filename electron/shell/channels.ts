/**
 * IPC channel names, shared by preload.ts and ipc.ts so the two sides cannot drift. One channel per
 * operation (`calepin:posts.list`, …): the main side registers exactly these and nothing generic.
 */
export const CHANNEL_PREFIX = 'calepin:';

export function channelOf(operation: string): string {
  return CHANNEL_PREFIX + operation;
}
