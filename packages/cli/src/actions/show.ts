import { ExitCode } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';
import { describeSchema, formatSchemaView } from '../views/show.js';
import { loadForReading } from './load.js';

/** `ndd show <id|name>`: one schema's metadata, labels, legal basis and references. */
export async function show(options: { readonly schema: string; readonly path: string | undefined; readonly format: 'text' | 'json' }, io: CliIo): Promise<ExitCode> {
  const { dictionary } = await loadForReading(options.path, io);
  io.stdout.write(formatSchemaView(describeSchema(dictionary, options.schema), options.format));
  return ExitCode.Clean;
}
