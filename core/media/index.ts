export * from './fit.js';
export * from './alt.js';
export * from './variantMedia.js';
