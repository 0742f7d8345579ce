import { describe, expect, it } from 'vitest';
import {
  OfficeChangeMembersDocument,
  OfficeChangeTimelineDocument,
  OfficeFlowsDocument,
  OfficesOnBasisDocument,
} from '../generated/operations.js';
import { expectData } from '../helpers/graphql.js';

// Issue 12: an office's changes (the 2019 pilot, its end, the 2021 combined offices, the 2025
// mergers) are dated facts, and "what became of office X" and its lineage follow their flows.
// The records are the research helpers' (seeds/changes/offices-*.yaml), one from each region.

const office = async (id: string) => (await expectData(OfficeFlowsDocument, { id })).office!;
const slugsOf = (flows: ReadonlyArray<{ from?: { slug?: string }; to?: { slug?: string } }>) => flows.map((f) => (f.from ?? f.to)!.slug);
const officesOn = async (
  provinceId: string,
  kind: 'UBND' | 'DBQH' | 'HDND' | 'DBQH_HDND' | 'DBQH_HDND_UBND',
  asOf: string,
  basis: 'LEGAL' | 'OPERATING',
) => (await expectData(OfficesOnBasisDocument, { provinceId, kind, asOf, basis })).offices.edges.map((e) => e.node.slug);

describe('issue 12: what became of an office, and where it came from', () => {
  it("merges Hải Phòng's and Hải Dương's UBND offices into the new city's on 1 July 2025", async () => {
    const MERGER = {
      slug: 'chg-2025-hai-phong-vpubnd',
      date: { edtf: '2025-07-01' },
      effectiveDate: { edtf: '2025-07-01' },
      operatingDate: { edtf: '2025-07-01' },
    };
    const old = await office('off-vpubnd-hai-phong');
    expect(old.dissolved).toEqual({ edtf: '2025-07-01' });
    expect(old.flowsOut).toEqual([{ to: { slug: 'off-vpubnd-hai-phong-2025' }, extent: 'WHOLE', parts: [], change: MERGER }]);

    const merged = await office('off-vpubnd-hai-phong-2025');
    expect(merged.established).toEqual({ edtf: '2025-07-01' });
    expect(slugsOf(merged.flowsIn).sort()).toEqual(['off-vpubnd-hai-duong-1997', 'off-vpubnd-hai-phong']);
    expect(merged.flowsIn.every((f) => f.extent === 'WHOLE' && f.change.slug === MERGER.slug)).toBe(true);
    expect(merged.flowsOut).toEqual([]);
  });

  it("follows Thái Bình's UBND office through the 2019 pilot, the 2020 split and the 2025 merger", async () => {
    // 2019: the three offices merged into one (operating from 10/5/2019; the decision's own day is unknown).
    const ubnd = await office('off-vpubnd-thai-binh');
    expect(ubnd.flowsOut.map((f) => [f.to.slug, f.extent, f.change.slug, f.change.date.edtf, f.change.operatingDate?.edtf])).toEqual([
      ['off-vp3-thai-binh', 'WHOLE', 'chg-2019-thai-binh-vp3', '2019-05-10?', '2019-05-10'],
    ]);
    const pilot = await office('off-vp3-thai-binh');
    expect(slugsOf(pilot.flowsIn).sort()).toEqual(['off-vpdbqh-thai-binh', 'off-vphdnd-thai-binh', 'off-vpubnd-thai-binh']);

    // 2020: split in two, each taking part of the pilot office (operating from 1/9/2020).
    expect(pilot.flowsOut.map((f) => [f.to.slug, f.extent, f.parts, f.change.slug, f.change.operatingDate?.edtf])).toEqual([
      ['off-vpdbqh-hdnd-thai-binh', 'PART', ['công tác Đoàn ĐBQH và HĐND'], 'chg-2020-thai-binh-vp3-split', '2020-09-01'],
      ['off-vpubnd-thai-binh-2020', 'PART', ['công tác UBND'], 'chg-2020-thai-binh-vp3-split', '2020-09-01'],
    ]);

    // 2025: the second UBND office went, whole, into Hưng Yên's.
    const second = await office('off-vpubnd-thai-binh-2020');
    expect(second.flowsIn.map((f) => [f.from.slug, f.extent])).toEqual([['off-vp3-thai-binh', 'PART']]);
    expect(second.flowsOut.map((f) => [f.to.slug, f.extent, f.change.slug])).toEqual([
      ['off-vpubnd-hung-yen-2025', 'WHOLE', 'chg-2025-hung-yen-vpubnd'],
    ]);
  });

  it("records every member of Nam Định's 2021 combined office with what happened to it", async () => {
    const { change } = await expectData(OfficeChangeMembersDocument, { id: 'chg-2021-nam-dinh-vpdbqh-hdnd' });
    expect(change).toEqual({
      slug: 'chg-2021-nam-dinh-vpdbqh-hdnd',
      kind: 'MERGE',
      ended: [{ slug: 'off-vpdbqh-nam-dinh-1997' }, { slug: 'off-vphdnd-nam-dinh-1997' }],
      began: [{ slug: 'off-vpdbqh-hdnd-nam-dinh-1997' }],
      continued: [],
      flows: [
        { from: { slug: 'off-vpdbqh-nam-dinh-1997' }, to: { slug: 'off-vpdbqh-hdnd-nam-dinh-1997' }, extent: 'WHOLE' },
        { from: { slug: 'off-vphdnd-nam-dinh-1997' }, to: { slug: 'off-vpdbqh-hdnd-nam-dinh-1997' }, extent: 'WHOLE' },
      ],
    });
    const combined = await office('off-vpdbqh-hdnd-nam-dinh-1997');
    expect(combined.established).toEqual({ edtf: '2021-03-18' });
    expect(combined.flowsIn.map((f) => [f.change.date.edtf, f.change.operatingDate?.edtf])).toEqual([
      ['2021-03-18', '2021-04-01'],
      ['2021-03-18', '2021-04-01'],
    ]);
  });

  it("answers 'which offices on a day' on both bases: Nam Định's combined office by law from 18/3/2021, at work from 1/4/2021", async () => {
    // NQ 06/NQ-HĐND of 18/3/2021 founded it; it began to operate on 1/4/2021 (Báo Nam Định).
    expect(await officesOn('nam-dinh-1997', 'DBQH_HDND', '2021-03-25', 'LEGAL')).toEqual(['off-vpdbqh-hdnd-nam-dinh-1997']);
    expect(await officesOn('nam-dinh-1997', 'DBQH_HDND', '2021-03-25', 'OPERATING')).toEqual([]);
    expect(await officesOn('nam-dinh-1997', 'HDND', '2021-03-25', 'OPERATING')).toEqual(['off-vphdnd-nam-dinh-1997']);
    expect(await officesOn('nam-dinh-1997', 'HDND', '2021-03-25', 'LEGAL')).toEqual([]);
    expect(await officesOn('nam-dinh-1997', 'DBQH_HDND', '2021-04-01', 'OPERATING')).toEqual(['off-vpdbqh-hdnd-nam-dinh-1997']);
  });

  it("shows an office's changes in its timeline, naming the offices on each side", async () => {
    const { office: tb } = await expectData(OfficeChangeTimelineDocument, { id: 'off-vp3-thai-binh' });
    expect(tb?.timeline.map((e) => [e.date.edtf, e.label])).toEqual([
      [
        '2019-05-10?',
        'Hợp nhất: Văn phòng Đoàn đại biểu Quốc hội tỉnh Thái Bình, Văn phòng HĐND tỉnh Thái Bình, Văn phòng UBND tỉnh Thái Bình → Văn phòng Đoàn đại biểu Quốc hội, HĐND và UBND tỉnh Thái Bình',
      ],
      ['2020', expect.stringMatching(/^Chia tách: Văn phòng Đoàn đại biểu Quốc hội, HĐND và UBND tỉnh Thái Bình → /)],
    ]);
    expect(tb?.timeline.every((e) => e.subjects.length === 1 && e.subjects[0]!.__typename === 'Change')).toBe(true);
  });
});

describe('issue 12: the 2025 offices of merged units, one from each region (wave 4)', () => {
  const mergedInto = async (id: string) => {
    const merged = await office(id);
    return {
      from: slugsOf(merged.flowsIn).sort(),
      changes: [...new Set(merged.flowsIn.map((f) => [f.change.slug, f.change.effectiveDate?.edtf ?? null].join(' ')))],
      whole: merged.flowsIn.every((f) => f.extent === 'WHOLE'),
    };
  };

  it("north: Thái Nguyên's and Bắc Kạn's party offices became the new Thái Nguyên's, in force 1 July 2025", async () => {
    expect(await mergedInto('off-vptu-thai-nguyen-2025')).toEqual({
      from: ['off-vptu-bac-kan-1997', 'off-vptu-thai-nguyen-1997'],
      changes: ['chg-2025-thai-nguyen-vptu 2025-07-01'],
      whole: true,
    });
  });

  it("centre: Quảng Bình's and Quảng Trị's UBND offices became the new Quảng Trị's", async () => {
    expect(await mergedInto('off-vpubnd-quang-tri-2025')).toEqual({
      from: ['off-vpubnd-quang-binh-1989', 'off-vpubnd-quang-tri-1989'],
      changes: ['chg-2025-quang-tri-vpubnd '],
      whole: true,
    });
  });

  it("south: Tây Ninh's and Long An's party offices became the new Tây Ninh's, in force 1 July 2025", async () => {
    expect(await mergedInto('off-vptu-tay-ninh-2025')).toEqual({
      from: ['off-vptu-long-an', 'off-vptu-tay-ninh'],
      changes: ['chg-2025-tay-ninh-vptu 2025-07-01'],
      whole: true,
    });
  });

  it('ends a Văn phòng HĐND when Nghị quyết 1004/2020/UBTVQH14 came into force (1/1/2021), not on the day it was signed', async () => {
    expect(await officesOn('hai-phong', 'HDND', '2020-12-31', 'LEGAL')).toEqual(['off-vphdnd-hai-phong']);
    expect(await officesOn('hai-phong', 'HDND', '2021-01-01', 'LEGAL')).toEqual([]);
    expect(await officesOn('hai-phong', 'DBQH_HDND', '2021-01-01', 'LEGAL')).toEqual(['off-vpdbqh-hdnd-hai-phong']);
  });
});
