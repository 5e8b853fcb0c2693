export * from './problem.js';
export {
  extractEntities,
  extractHashtags,
  extractLinks,
  extractMentions,
  uniqueLinks,
  type Entity,
  type Entities,
} from './entities.js';
export { checkMedia, mediaLookup, type MediaFacts, type MediaLookup } from './media.js';
export { validateVariant } from './variant.js';
export {
  clipboardText,
  PART_SEPARATOR,
  publishedParts,
  SIGNATURE_SEPARATOR,
  signParts,
  unsignText,
  variantText,
} from './signature.js';
export { validatePost, hasErrors, type VariantProblems } from './post.js';
