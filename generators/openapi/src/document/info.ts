import type { Dictionary, DomainRecord } from '@ndd/registry';
import type { MutableObject } from '../json.js';

/** The OpenAPI version each document declares. */
export type OpenApiVersion = '3.1.0' | '3.0.3';

/**
 * The Info Object: the domain's labels in Vietnamese and English, the dictionary it belongs to,
 * the npm package, and how to reference a component. 3.0 has no `summary`, so there it goes
 * into the description.
 */
export function infoObject(dictionary: Dictionary, domain: DomainRecord, version: OpenApiVersion, documentVersion: string, fileName: string): MutableObject {
  const summary = `${dictionary.config.title.vi} / ${dictionary.config.title.en}`;
  const description = [
    `**${domain.title.vi}**: ${domain.description.vi}`,
    `**${domain.title.en}**: ${domain.description.en}`,
    `Các lược đồ dùng chung của gói npm \`${domain.package}\`; tham chiếu từ đặc tả API của bộ, ngành bằng \`$ref: './node_modules/${domain.package}/${fileName}#/components/schemas/<Tên>'\`.`,
    `Shared schemas of the npm package \`${domain.package}\`; reference them from a ministry's API description with \`$ref: './node_modules/${domain.package}/${fileName}#/components/schemas/<Name>'\`.`,
  ];
  const info: MutableObject = { title: `${domain.title.vi} / ${domain.title.en}` };
  if (version === '3.1.0') info['summary'] = summary;
  else description.unshift(summary);
  info['description'] = description.join('\n\n');
  info['version'] = documentVersion;
  info['x-ndd-package'] = domain.package;
  info['x-ndd-domain'] = domain.name;
  const legal = [...(dictionary.config.legalBasis ?? []), ...(domain.legalBasis ?? [])];
  if (legal.length > 0) info['x-legal-basis'] = JSON.parse(JSON.stringify(legal)) as MutableObject[];
  return info;
}
