export * from './transcripts/index.js';
export * from './validation/index.js';
export * from './scoring/index.js';
export * from './segmentation/index.js';
export * from './kpis/index.js';
export * from './statements/index.js';
export * from './evidence/index.js';
export * from './extraction/index.js';
