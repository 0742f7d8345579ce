import type { ExternalIdResolvers, ExternalIdScheme } from '../generated/graphql.js';
import { toEnum } from '../graphql/toEnum.js';

/** Where each scheme shows one of its identifiers. */
const URL_OF: Record<string, (value: string) => string> = {
  wikidata: (value) => `https://www.wikidata.org/wiki/${value}`,
};

export const ExternalId: ExternalIdResolvers = {
  scheme: (e) => toEnum<ExternalIdScheme>(e.scheme),
  url: (e) => URL_OF[e.scheme]!(e.value),
};
