import { describe, expect, it } from 'vitest';
import {
  ChangesBetweenDocument,
  EventsBetweenDocument,
  LineageDocument,
  NestedProvincesDocument,
  NodeByIdDocument,
  NodesByIdDocument,
  OfficeTenuresDocument,
  OfficesOfProvinceDocument,
  PeopleSearchDocument,
  ProvinceHistoryDocument,
  ProvincesAsOfDocument,
  ProvinceSearchDocument,
  SearchDocument,
  ShortestPathDocument,
  TimelineDocument,
  UnresolvedOfficesDocument,
  type UnresolvedOfficesQuery,
} from '../generated/operations.js';
import { execute, expectData, expectErrorCodes } from '../helpers/graphql.js';

describe('provinces(asOf:)', () => {
  it.each([
    ['2000-01-01', 61],
    ['2010-01-01', 63],
    ['2025-07-01', 34],
    ['1976-03-01', 38],
  ])('counts the provincial-level units that existed on %s: %i', async (asOf, count) => {
    const data = await expectData(ProvincesAsOfDocument, { asOf, first: 1 });
    expect(data.provinces.totalCount).toBe(count);
  });

  it('reads a partial date as its first day', async () => {
    const year = await expectData(ProvincesAsOfDocument, { asOf: '2000', first: 1 });
    const day = await expectData(ProvincesAsOfDocument, { asOf: '2000-01-01', first: 1 });
    expect(year.provinces.totalCount).toBe(day.provinces.totalCount);
  });

  it('walks every page with cursors, in Vietnamese alphabetical order, without repeats', async () => {
    const slugs: string[] = [];
    const names: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { provinces } = await expectData(ProvincesAsOfDocument, { asOf: '2025-07-01', first: 10, after });
      slugs.push(...provinces.edges.map((e) => e.node.slug));
      names.push(...provinces.edges.map((e) => e.node.name));
      expect(provinces.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!provinces.pageInfo.hasNextPage) break;
      after = provinces.pageInfo.endCursor;
    }
    expect(slugs).toHaveLength(34);
    expect(new Set(slugs).size).toBe(34);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Điện Biên')).toBeGreaterThan(names.indexOf('Đắk Lắk'));
    expect(names.indexOf('Đồng Nai')).toBeLessThan(names.indexOf('Gia Lai'));
  });

  it('filters by kind: the six centrally-run cities of 1 July 2025', async () => {
    const { provinces } = await expectData(ProvincesAsOfDocument, { asOf: '2025-07-01', kind: 'CITY', first: 20 });
    expect(provinces.totalCount).toBe(6);
    expect(provinces.edges.every((e) => e.node.kind === 'CITY')).toBe(true);
  });

  it('counts more units as POSSIBLE than as DEFINITE inside a month-precise change', async () => {
    const definite = await expectData(ProvincesAsOfDocument, { asOf: '1976-02-15', first: 1, certainty: 'DEFINITE' });
    const possible = await expectData(ProvincesAsOfDocument, { asOf: '1976-02-15', first: 1, certainty: 'POSSIBLE' });
    expect(possible.provinces.totalCount).toBeGreaterThan(definite.provinces.totalCount);
  });

  it('finds provinces by a name typed without diacritics', async () => {
    const { provinces } = await expectData(ProvinceSearchDocument, { search: 'vinh long' });
    expect(provinces.edges.map((e) => e.node.slug).sort()).toEqual(['vinh-long-1992', 'vinh-long-2025', 'vinh-long-pre1976']);
  });
});

describe('province(id:)', () => {
  it('tells what Cửu Long was formed from, and when, with sources', async () => {
    const { province } = await expectData(ProvinceHistoryDocument, { id: 'cuu-long' });
    expect(province?.predecessors.map((p) => p.slug)).toEqual(['tra-vinh-pre1976', 'vinh-long-pre1976']);
    expect(province?.established).toEqual({
      edtf: '1976-02',
      precision: 'MONTH',
      earliest: '1976-02-01',
      latest: '1976-02-29',
      label: 'tháng 2 năm 1976',
    });
    const merger = province?.changes.find((c) => c.slug === 'chg-1976-cuu-long');
    expect(merger).toMatchObject({
      kind: 'MERGE',
      date: { edtf: '1976-02' },
      before: [{ slug: 'tra-vinh-pre1976' }, { slug: 'vinh-long-pre1976' }],
      after: [{ slug: 'cuu-long' }],
    });
    expect(province?.sources.length).toBeGreaterThan(0);
    expect(province?.successors.map((p) => p.slug).sort()).toEqual(['tra-vinh-1992', 'vinh-long-1992']);
  });

  it('tells when Vĩnh Long was re-established, to the day, legally and in operation', async () => {
    const { province } = await expectData(ProvinceHistoryDocument, { id: 'vinh-long-1992' });
    // Legally by the act of 26 Dec 1991; in operation from 5 May 1992 (A000); legally ended by
    // the 2025 reform on 12 Jun 2025, operating until 1 Jul 2025 (issue 11).
    expect(province?.established).toMatchObject({ edtf: '1991-12-26', precision: 'DAY', label: 'ngày 26 tháng 12 năm 1991' });
    expect(province?.operatingEstablished).toMatchObject({ edtf: '1992-05-05', precision: 'DAY', label: 'ngày 5 tháng 5 năm 1992' });
    expect(province?.dissolved).toMatchObject({ edtf: '2025-06-12' });
    expect(province?.operatingDissolved).toMatchObject({ edtf: '2025-07-01' });
    const reestablishment = province?.changes.find((c) => c.kind === 'RE_ESTABLISH');
    expect(reestablishment).toMatchObject({ slug: 'chg-1991-cuu-long', effectiveDate: null, operatingDate: { edtf: '1992-05-05' } });
    expect(province?.sources.some((s) => s.slug === 'A000' && s.quote?.includes('05/5/1992'))).toBe(true);
  });

  it('keeps a disputed value beside the adopted one', async () => {
    const { province } = await expectData(ProvinceHistoryDocument, { id: 'cuu-long' });
    expect(province?.disputes.length).toBeGreaterThan(0);
    expect(province?.disputes[0]?.sources.length).toBeGreaterThan(0);
  });

  it('returns null for an id that names nothing', async () => {
    expect((await expectData(ProvinceHistoryDocument, { id: 'atlantis-1976' })).province).toBeNull();
  });
});

describe('offices, people, events, changes', () => {
  it('tells who was Chánh Văn phòng UBND tỉnh Vĩnh Long in the 2022 article, quoting it', async () => {
    const { office } = await expectData(OfficeTenuresDocument, { id: 'off-vpubnd-vinh-long-1992' });
    expect(office).toMatchObject({ kind: 'UBND', level: 'PROVINCE', province: { slug: 'vinh-long-1992' } });
    // The office has had several chiefs since the seeds grew; the 2022 article (A000) names one.
    const chief = office?.tenures.edges
      .map((e) => e.node)
      .find((t) => t.title.includes('Chánh Văn phòng') && t.sources.some((s) => s.slug === 'A000'));
    expect(chief?.person.name).toBe('Phạm Thị Nở');
    expect(chief?.attested).toEqual([{ edtf: '2022', label: 'năm 2022' }]);
    expect(chief?.sources[0]).toMatchObject({ slug: 'A000', quote: 'bà Phạm Thị Nở - Thành viên UBND tỉnh, Chánh Văn phòng UBND tỉnh' });
  });

  it("lists a province's offices, and filters them by kind", async () => {
    const all = await expectData(OfficesOfProvinceDocument, { provinceId: 'vinh-long-1992' });
    const ubnd = await expectData(OfficesOfProvinceDocument, { provinceId: 'vinh-long-1992', kind: 'UBND' });
    expect(all.offices.totalCount).toBeGreaterThan(ubnd.offices.totalCount);
    expect(ubnd.offices.edges.map((e) => e.node.slug)).toContain('off-vpubnd-vinh-long-1992');
  });

  it('keeps the offices of articles 002 and 003 without a guessed province', async () => {
    // Every office, page by page: there are more than one page of them.
    const all: Array<UnresolvedOfficesQuery['offices']['edges'][number]['node']> = [];
    for (let after: string | null = null; ;) {
      const { offices }: UnresolvedOfficesQuery = await expectData(UnresolvedOfficesDocument, { after });
      all.push(...offices.edges.map((e) => e.node));
      if (!offices.pageInfo.hasNextPage) break;
      after = offices.pageInfo.endCursor;
    }
    const unresolved = all.filter((o) => o.unresolved);
    for (const article of ['A002', 'A003']) {
      expect(
        unresolved.some((o) => o.sources.some((s) => s.slug === article)),
        article,
      ).toBe(true);
    }
    expect(unresolved.every((o) => o.province === null)).toBe(true);
  });

  it('finds people by a name typed without diacritics', async () => {
    const { people } = await expectData(PeopleSearchDocument, { search: 'pham thi no' });
    expect(people.edges.map((e) => e.node.name)).toEqual(['Phạm Thị Nở']);
    expect(people.edges[0]?.node.gender).toBe('FEMALE');
  });

  it('lists the tradition day of the party-committee offices in October 1930', async () => {
    const { events } = await expectData(EventsBetweenDocument, { from: '1930', to: '1930', kinds: ['TRADITION_DAY'] });
    expect(events.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ slug: 'ev-1930-10-18-tradition', date: { edtf: '1930-10-18', precision: 'DAY' } }),
    );
  });

  it('lists events chronologically, coarser dates first', async () => {
    const { events } = await expectData(EventsBetweenDocument, { from: '1945', to: '2025' });
    const dates = events.edges.map((e) => e.node.date.edtf);
    expect(dates.length).toBeGreaterThan(10);
    expect(events.edges.map((e) => e.node.date.edtf.slice(0, 4))).toEqual([...dates.map((d) => d.slice(0, 4))].sort());
  });

  it('lists the 23 mergers of 2025 that began to operate on 1 July 2025, in force since 12 June', async () => {
    const { changes } = await expectData(ChangesBetweenDocument, { from: '2025-07-01', to: '2025-07-01', kinds: ['MERGE'] });
    // The offices' own mergers of that day are changes too (seeds/changes/offices-*.yaml): count the units'.
    expect(changes.totalCount).toBe(changes.edges.length);
    const ofUnits = changes.edges.filter((e) => e.node.ended.every((m) => m.__typename === 'Province'));
    expect(ofUnits).toHaveLength(23);
    expect(ofUnits.every((e) => e.node.operatingDate?.edtf === '2025-07-01' && e.node.effectiveDate?.edtf === '2025-06-12')).toBe(true);
    expect(ofUnits.every((e) => JSON.stringify(e.node.matchedDates) === '["OPERATING"]')).toBe(true);
    expect(changes.edges.filter((e) => e.node.ended.every((m) => m.__typename === 'Office')).length).toBe(changes.totalCount - 23);
  });
});

describe('timeline, lineage, path, search, node', () => {
  it('tells the story of Vĩnh Long (1992–2025) in order', async () => {
    const { timeline } = await expectData(TimelineDocument, { subjectId: 'vinh-long-1992' });
    const kinds = timeline.map((e) => e.kind);
    expect(kinds).toContain('ESTABLISHED');
    expect(kinds).toContain('DISSOLVED');
    expect(kinds).toContain('CHANGE');
    const days = timeline.map((e) => e.date.earliest);
    expect(days).toEqual([...days].sort());
    expect(timeline.find((e) => e.kind === 'ESTABLISHED')).toMatchObject({ date: { edtf: '1991-12-26' }, label: 'Tái lập tỉnh Vĩnh Long' });
    expect(timeline.every((e) => e.sources.length > 0)).toBe(true);
  });

  it("names every unit in the labels of Cửu Long's changes (regression: COLLECT subqueries once reused the caller's variable)", async () => {
    const { timeline } = await expectData(TimelineDocument, { subjectId: 'cuu-long', kinds: ['CHANGE'] });
    expect(timeline.map((e) => e.label)).toEqual(['Hợp nhất: Trà Vinh, Vĩnh Long → Cửu Long', 'Tái lập: Cửu Long → Trà Vinh, Vĩnh Long']);
  });

  it('filters a timeline by dates and kinds', async () => {
    const { timeline } = await expectData(TimelineDocument, { subjectId: 'vinh-long-1992', from: '2025', kinds: ['DISSOLVED'] });
    expect(timeline.map((e) => e.date.edtf)).toEqual(['2025-06-12']);
  });

  it('traces present-day Vĩnh Long back to the 1976 merger of Vĩnh Long and Trà Vinh', async () => {
    const { lineage } = await expectData(LineageDocument, { provinceId: 'vinh-long-2025', direction: 'PREDECESSORS', maxDepth: 5 });
    expect(lineage.root.slug).toBe('vinh-long-2025');
    expect(lineage.changes.map((c) => c.slug)).toEqual(['chg-1976-cuu-long', 'chg-1991-cuu-long', 'chg-2025-vinh-long']);
    expect(lineage.links).toContainEqual({
      from: { slug: 'cuu-long' },
      change: { slug: 'chg-1991-cuu-long' },
      to: { slug: 'vinh-long-1992' },
    });
    expect(lineage.links).toContainEqual({
      from: { slug: 'vinh-long-pre1976' },
      change: { slug: 'chg-1976-cuu-long' },
      to: { slug: 'cuu-long' },
    });
    // Longer paths repeat the arrows of shorter ones: each arrow is listed once.
    expect(new Set(lineage.links.map((link) => JSON.stringify(link))).size).toBe(lineage.links.length);
    const shallow = await expectData(LineageDocument, { provinceId: 'vinh-long-2025', maxDepth: 1 });
    expect(shallow.lineage.changes.map((c) => c.slug)).toEqual(['chg-2025-vinh-long']);
  });

  it('follows lineage forward from 1976 Vĩnh Long to today', async () => {
    const { lineage } = await expectData(LineageDocument, { provinceId: 'vinh-long-pre1976', direction: 'SUCCESSORS', maxDepth: 5 });
    expect(lineage.provinces.map((p) => p.slug)).toContain('vinh-long-2025');
    expect(new Set(lineage.links.map((link) => JSON.stringify(link))).size).toBe(lineage.links.length);
  });

  it('finds the shortest path from a person to the province of her office', async () => {
    const { path } = await expectData(ShortestPathDocument, { fromId: 'per-pham-thi-no', toId: 'vinh-long-1992' });
    expect(path.every((p) => p.length === 3)).toBe(true);
    const throughTenure = path.find((p) => p.relationships[0]?.type === 'HELD');
    expect(throughTenure?.relationships.map((r) => r.type)).toEqual(['HELD', 'AT', 'OFFICE_OF']);
    expect(throughTenure?.nodes.map((n) => n.__typename)).toEqual(['Person', 'Tenure', 'Office', 'Province']);
  });

  it('follows citations only when asked', async () => {
    const withSources = await expectData(ShortestPathDocument, { fromId: 'per-pham-thi-no', toId: 'A000', viaSources: true });
    expect(withSources.path[0]?.relationships.map((r) => r.type)).toEqual(['ATTESTED_BY']);
    const without = await expectData(ShortestPathDocument, { fromId: 'per-pham-thi-no', toId: 'A000', maxHops: 4 });
    expect(without.path).toEqual([]);
  });

  it.each(['Vinh Long', 'vĩnh long', 'VĨNH LONG'])('finds Vĩnh Long when searching %j', async (text) => {
    const { search } = await expectData(SearchDocument, { text, types: ['PROVINCE'], first: 5 });
    expect(search[0]?.node).toMatchObject({ __typename: 'Province', name: 'Vĩnh Long' });
  });

  it('finds An Giang, though "an" is an English stop word', async () => {
    const { search } = await expectData(SearchDocument, { text: 'an giang', types: ['PROVINCE'], first: 5 });
    expect(search.map((hit) => hit.node)).toContainEqual(expect.objectContaining({ name: 'An Giang' }));
  });

  it('matches a name still being typed', async () => {
    const { search } = await expectData(SearchDocument, { text: 'dak la', types: ['PROVINCE'], first: 5 });
    expect(search.map((hit) => hit.node)).toContainEqual(expect.objectContaining({ name: 'Đắk Lắk' }));
  });

  it('fetches any entity by its global id, and several at once', async () => {
    const { province } = await expectData(ProvinceHistoryDocument, { id: 'cuu-long' });
    const { node } = await expectData(NodeByIdDocument, { id: province!.id });
    expect(node).toMatchObject({ __typename: 'Province', slug: 'cuu-long', id: province!.id });
    const { nodes } = await expectData(NodesByIdDocument, { ids: [province!.id, 'per-pham-thi-no', 'nowhere-1900'] });
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual(['Province', 'Person', null]);
  });
});

describe('single lookups', () => {
  it('fetches a change, an event, a person and a source by slug', async () => {
    const data = await expectData<
      {
        change: { kind: string; effectiveDate: { edtf: string } | null; operatingDate: { edtf: string } | null; legalBasis: string };
        event: { kind: string; date: { edtf: string; label: string } };
        person: { name: string; tenures: Array<{ title: string }> };
        source: { kind: string; title: string; language: string };
      },
      never
    >(`{
      change(id: "chg-1991-cuu-long") { kind effectiveDate { edtf } operatingDate { edtf } legalBasis }
      event(id: "ev-1930-10-18-tradition") { kind date { edtf label } }
      person(id: "per-pham-thi-no") { name tenures { title } }
      source(id: "A000") { kind title language }
    }`);
    expect(data.change).toMatchObject({ kind: 'RE_ESTABLISH', effectiveDate: null, operatingDate: { edtf: '1992-05-05' } });
    expect(data.event).toEqual({ kind: 'TRADITION_DAY', date: { edtf: '1930-10-18', label: 'ngày 18 tháng 10 năm 1930' } });
    expect(data.person.tenures.map((t) => t.title)).toContain('Thành viên UBND tỉnh, Chánh Văn phòng UBND tỉnh');
    expect(data.source).toMatchObject({ kind: 'ARTICLE', language: 'vi' });
  });
});

describe('bad input gets a stable error code', () => {
  it('rejects an impossible date given as a variable', async () => {
    expect(await expectErrorCodes(ProvincesAsOfDocument, { asOf: '1976-13-45' })).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects an impossible date written in the query', async () => {
    expect(await expectErrorCodes('{ provinces(asOf: "1976-13-45") { totalCount } }')).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a page larger than the maximum of 100', async () => {
    expect(await expectErrorCodes(ProvincesAsOfDocument, { first: 101 })).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a cursor that did not come from this API', async () => {
    expect(await expectErrorCodes(ProvincesAsOfDocument, { after: 'not-a-cursor!' })).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a malformed id, and an id of another type', async () => {
    expect(await expectErrorCodes(ProvinceHistoryDocument, { id: 'not an id' })).toEqual(['BAD_USER_INPUT']);
    const { person } = await expectData<{ person: { id: string } }, never>('{ person(id: "per-pham-thi-no") { id } }');
    expect(await expectErrorCodes(ProvinceHistoryDocument, { id: person.id })).toEqual(['BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for a timeline, lineage or path of an unknown entity', async () => {
    expect(await expectErrorCodes(TimelineDocument, { subjectId: 'atlantis-1976' })).toEqual(['NOT_FOUND']);
    expect(await expectErrorCodes(LineageDocument, { provinceId: 'atlantis-1976' })).toEqual(['NOT_FOUND']);
    expect(await expectErrorCodes(ShortestPathDocument, { fromId: 'cuu-long', toId: 'atlantis-1976' })).toEqual(['NOT_FOUND']);
  });

  it('rejects out-of-range depths, hops and search texts', async () => {
    expect(await expectErrorCodes(LineageDocument, { provinceId: 'cuu-long', maxDepth: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await expectErrorCodes(ShortestPathDocument, { fromId: 'cuu-long', toId: 'tra-vinh-1992', maxHops: 11 })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await expectErrorCodes(SearchDocument, { text: '' })).toEqual(['BAD_USER_INPUT']);
    expect(await expectErrorCodes(SearchDocument, { text: 'x'.repeat(201) })).toEqual(['BAD_USER_INPUT']);
  });

  it('says what is wrong with a search text of spaces only, or too long', async () => {
    const messages = async (text: string) => (await execute(SearchDocument, { text })).errors?.map((error) => error.message);
    expect(await messages('   ')).toEqual(['Expected "text" to have something other than spaces to search for, but got: "   ".']);
    expect(await messages('x'.repeat(201))).toEqual(['Expected "text" to be at most 200 characters, but got 201.']);
  });
});

describe('database round trips', () => {
  it('tells a timeline with its sources and subjects in one round trip', async () => {
    const result = await execute(TimelineDocument, { subjectId: 'vinh-long-1992' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.timeline.some((entry) => entry.sources.length > 0)).toBe(true);
    // The facts query brings back the subject, the entries' subjects and every fact's citations.
    expect(result.extensions?.diachi?.cypherRoundTrips).toBe(1);
  });

  it('answers a lineage, a path and a search in one round trip each, nodes included', async () => {
    const lineage = await execute(LineageDocument, { provinceId: 'vinh-long-2025', direction: 'BOTH', maxDepth: 5 });
    expect(lineage.errors).toBeUndefined();
    expect(lineage.data!.lineage.links.length).toBeGreaterThan(0);
    expect(lineage.extensions?.diachi?.cypherRoundTrips).toBe(1);

    const path = await execute(ShortestPathDocument, { fromId: 'cuu-long', toId: 'tra-vinh-1992' });
    expect(path.errors).toBeUndefined();
    expect(path.data!.path.length).toBeGreaterThan(0);
    expect(path.extensions?.diachi?.cypherRoundTrips).toBe(1);

    const search = await execute(SearchDocument, { text: 'Vinh Long' });
    expect(search.errors).toBeUndefined();
    expect(search.data!.search.length).toBeGreaterThan(0);
    expect(search.extensions?.diachi?.cypherRoundTrips).toBe(1);
  });

  it('answers provinces → offices → tenures → person in one round trip, whatever the number of provinces', async () => {
    const small = await execute(NestedProvincesDocument, { asOf: '2000-01-01', first: 5 });
    const large = await execute(NestedProvincesDocument, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data?.provinces.edges).toHaveLength(100);
    const offices = large.data!.provinces.edges.flatMap((e) => e.node.offices.edges);
    expect(offices.length).toBeGreaterThan(0);
    expect(offices.flatMap((o) => o.node.tenures.edges).length).toBeGreaterThan(0);
    // The page query looks ahead and brings the sources, offices, tenures and people with it.
    expect(small.extensions?.diachi?.cypherRoundTrips).toBe(1);
    expect(large.extensions?.diachi?.cypherRoundTrips).toBe(1);
  });

  it('gives the same nested answer from the page query as from the loaders, and looks through aliases and fragments', async () => {
    // Named fragments count as a level for graphql-armor's depth limit: the deep part is written
    // out, and fragments are exercised by the aliased query below and by tests/unit/graphql.
    const fields = `slug sources { slug } offices { totalCount edges { node { slug name
      tenures { totalCount edges { node { slug title office { slug } person { slug name } } } } } } }`;
    type Nested = { slug: string; offices: { edges: unknown[] } };
    const { provinces } = await expectData<{ provinces: { edges: Array<{ node: Nested }> } }, { first: number }>(
      `query ($first: Int) { provinces(first: $first) { edges { node { ${fields} } } } }`,
      { first: 100 },
    );
    const withOffices = provinces.edges.map((e) => e.node).filter((p) => p.offices.edges.length > 0);
    expect(withOffices.length).toBeGreaterThan(0);
    for (const province of withOffices.slice(0, 10)) {
      // One at a time through province(id:), which has no look-ahead: the loaders' own queries.
      const one = await expectData<{ province: unknown }, never>(`{ province(id: "${province.slug}") { ${fields} } }`);
      expect(one.province).toEqual(province);
    }
    const aliased = await execute(
      `{ page: provinces(first: 3) { edges { node { ... on Province { rooms: offices { edges { node { slug } } } } } } } }`,
    );
    expect(aliased.errors).toBeUndefined();
    expect(aliased.extensions?.diachi?.cypherRoundTrips).toBe(1);
  });
});
