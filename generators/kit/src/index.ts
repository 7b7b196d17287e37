/**
 * @ndd/generator-kit: the generator contract and the names all generators share.
 * @packageDocumentation
 */
export * from './generator.js';
export * from './naming.js';
