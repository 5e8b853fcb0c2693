export * from './ids.js';
export * from './network.js';
export * from './account.js';
export * from './post.js';
export * from './media.js';
export * from './request.js';
export * from './workspace.js';
export * from './patch.js';
