import type { Citation, SeedRecords } from '../recordSchemas.js';
import { recordSchemas } from '../recordSchemas.js';
import type { SeedKind } from '../readSeedFiles.js';
import type { Parsed, ValidationContext } from '../ValidationContext.js';

/** Citations: every source exists; a quote from a seed article is really in that article. */
export function checkCitations(context: ValidationContext): void {
  const { files } = context;
  const sources = new Map(context.ofKind('sources').map((entry) => [entry.record.id, entry.record]));
  for (const entry of context.ofKind('sources')) {
    const document = entry.record.document;
    if (document && !files.documents.has(document)) {
      context.report(entry.raw, ['document'], `Expected seeds/documents/${document} to exist, but it is missing.`);
    }
  }
  const check = (entry: Parsed, list: readonly Citation[], path: Array<string | number>) => {
    list.forEach((citation, i) => {
      const { id, quote } = typeof citation === 'string' ? { id: citation, quote: undefined } : citation;
      const source = sources.get(id);
      if (!source && (context.invalidIds.get(id) === 'sources' || files.unreadable.has('sources'))) return;
      if (!source) {
        context.report(entry.raw, [...path, i], `Expected "${id}" to be the id of a record in seeds/sources.yaml, but there is none.`);
        return;
      }
      if (quote && source.document) {
        const text = files.documents.get(source.document);
        if (text !== undefined && !text.includes(quote.normalize('NFC'))) {
          context.report(
            entry.raw,
            [...path, i, 'quote'],
            `Expected the quote to appear word for word in ${id} (seeds/documents/${source.document}), but it does not: ${JSON.stringify(quote)}.`,
          );
        }
      }
    });
  };
  for (const entry of context.byId.values()) {
    if (entry.raw.kind === 'sources') continue;
    const record = entry.record as Exclude<SeedRecords[SeedKind], SeedRecords['sources']>;
    check(entry, record.sources, ['sources']);
    if ('wikidata' in record && record.wikidata) check(entry, record.wikidata.sources, ['wikidata', 'sources']);
    (record.disputes ?? []).forEach((dispute, i) => {
      if (!(dispute.field in recordSchemas[entry.raw.kind].shape)) {
        context.report(
          entry.raw,
          ['disputes', i, 'field'],
          `Expected "field" to name a field of this record, but got: "${dispute.field}".`,
        );
      }
      check(entry, dispute.sources, ['disputes', i, 'sources']);
    });
    if (entry.raw.kind === 'changes') {
      (entry.record as SeedRecords['changes']).flows.forEach((flow, i) => check(entry, flow.sources ?? [], ['flows', i, 'sources']));
    }
  }
}
