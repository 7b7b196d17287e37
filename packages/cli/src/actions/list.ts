import { ExitCode } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';
import { formatSchemaList, listSchemas, type ListFilter } from '../views/list.js';
import { loadForReading } from './load.js';

/** `ndd list`: the schemas that pass the filter. Exit 0 even when none do. */
export async function list(options: ListFilter & { readonly path: string | undefined; readonly format: 'text' | 'json' }, io: CliIo): Promise<ExitCode> {
  const { dictionary } = await loadForReading(options.path, io);
  io.stdout.write(formatSchemaList(listSchemas(dictionary, options), options.format));
  return ExitCode.Clean;
}
