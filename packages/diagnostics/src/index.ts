export * from './diagnostic.js';
export * from './formatters/index.js';
