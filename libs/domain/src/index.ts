export * from './transcripts/index.js';
