export * from './fit.js';
export * from './alt.js';
export * from './measures.js';
