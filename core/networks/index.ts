export * from './types.js';
export { RULES_VERSION, rulesFor, allRules, isNetwork } from './registry.js';
export { CHECKED } from './sourced.js';
export { analyseText, type TextAnalysis } from './analyse.js';
export {
  countText,
  countAll,
  countWithRule,
  countFirstComment,
  countTitle,
  type CountTarget,
  type TargetCount,
} from './count.js';
export { toShortUrl } from './count-bluesky.js';
export { findInvisibles, type Invisible, type InvisibleKind } from './invisibles.js';
export { splitThread, type SplitOptions } from './thread.js';
