export * from './model/index.js';
export * from './errors.js';
export * from './api.js';
export * from './networks/index.js';
