export { run } from './run.js';
export type { CliIo, Output } from './io.js';
export { CliError, UsageError } from './errors.js';
export { locateDictionary } from './locate.js';
