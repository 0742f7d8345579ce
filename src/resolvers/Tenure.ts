import type { TenureResolvers } from '../generated/graphql.js';
import { invariant } from '../errors/invariant.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import { entityFields } from './entityFields.js';
import { whenLoaded } from '../loaders/RequestLoader.js';

export const Tenure: TenureResolvers = {
  ...entityFields('Tenure'),
  person: (t, _args, { loaders }) =>
    whenLoaded(loaders.person.load(t.personId), (person) => {
      invariant(person, `tenure ${t.id} has a HELD relationship from person ${t.personId}`);
      return person;
    }),
  office: (t, _args, { loaders }) => (t.atLabel === 'Office' ? loaders.office.load(t.atId) : null),
  // The province where the post was held: the provincial body itself, or the office's province.
  province: async (t, _args, { loaders }) => {
    if (t.atLabel === 'Province') return loaders.province.load(t.atId);
    const office = await loaders.office.load(t.atId);
    return office?.provinceId ? loaders.province.load(office.provinceId) : null;
  },
  start: (t) => toHistoricalDate(t.start),
  end: (t) => toHistoricalDate(t.end),
  attested: (t) => t.attested.map((edtf) => toHistoricalDate(edtf)!),
};
