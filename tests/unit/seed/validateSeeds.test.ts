import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSeedFiles } from '../../../src/seed/readSeedFiles.js';
import { validateSeeds } from '../../../src/seed/validateSeeds.js';
import { problemsOf, VALID_SEEDS, writeSeedFixture } from '../../helpers/seedFixture.js';

const expectValid = () => {
  const dir = writeSeedFixture();
  const result = validateSeeds(readSeedFiles(dir, dir));
  expect(result.problems).toEqual([]);
  return result.dataset!;
};
const replace = (kind: keyof typeof VALID_SEEDS, from: string, to: string) => {
  if (!VALID_SEEDS[kind].includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return { [kind]: VALID_SEEDS[kind].replace(from, to) };
};

describe('validateSeeds', () => {
  it('accepts the valid fixture and parses its dates with their precision', () => {
    const dataset = expectValid();
    const gamma = dataset.provinces.find((p) => p.id === 'gamma')!;
    expect(gamma.established).toMatchObject({ edtf: '1976-02', precision: 'MONTH', earliest: '1976-02-01', latest: '1976-02-29' });
    expect(dataset.tenures[0]!.end).toMatchObject({ edtf: '2021', precision: 'YEAR' });
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf({ people: '- id: per-a\n  name: [unclosed\n' })).toEqual([
      expect.stringMatching(/^people\.yaml:\d+: Invalid YAML: /),
    ]);
  });

  it('reports a file that is not a list of records', () => {
    expect(problemsOf({ people: 'id: per-a\nname: A\n' })).toEqual([
      'people.yaml:1: Expected the file to be a YAML list of records (each starting with "- id: …"), but got something else.',
    ]);
  });

  it('reports a missing required field at its record', () => {
    expect(problemsOf(replace('people', '  name: Nguyễn Văn A\n', ''))).toEqual([
      'people.yaml:2: Expected "name" to be a string, but got: nothing (the field is missing).',
    ]);
  });

  it('reports an unknown field', () => {
    expect(problemsOf(replace('people', '  name: Nguyễn Văn A\n', '  name: Nguyễn Văn A\n  birthplace: Huế\n'))).toEqual([
      'people.yaml:2: Expected only the documented fields (seeds/README.md), but got unknown field: "birthplace".',
    ]);
  });

  it('reports a value outside its enumeration', () => {
    expect(problemsOf(replace('provinces', '  kind: province\n  established', '  kind: county\n  established'))).toEqual([
      'provinces.yaml:18: Expected "kind" to be one of "province", "city", "special-zone", but got: "county".',
    ]);
  });

  it('reports an impossible date in the words of the date parser', () => {
    expect(problemsOf(replace('tenures', 'start: "2020-01-01"', 'start: "2020-13-01"'))).toEqual([
      'tenures.yaml:6: Expected "start" to be an EDTF date such as 1976-02, 1992-05-05 or 1945?, but got: "2020-13-01".',
    ]);
  });

  it('reports a duplicate id, naming where it was first used', () => {
    expect(problemsOf({ people: `${VALID_SEEDS.people}\n- id: per-a\n  name: B\n  confidence: confirmed\n  sources: [A900]\n` })).toEqual([
      'people.yaml:7: Expected every id to be unique, but "per-a" is already used at people.yaml:2.',
    ]);
  });

  it('reports a reference to a record that does not exist', () => {
    expect(problemsOf(replace('tenures', 'office: off-gamma', 'office: off-nowhere'))).toEqual([
      'tenures.yaml:5: Expected "off-nowhere" to be the id of an office in seeds/offices.yaml, but there is none.',
    ]);
  });

  it('reports a citation of an unknown source', () => {
    expect(problemsOf(replace('people', 'sources: [A900]', 'sources: [A901]'))).toEqual([
      'people.yaml:5: Expected "A901" to be the id of a record in seeds/sources.yaml, but there is none.',
    ]);
  });

  it('reports a record that cites no source', () => {
    expect(problemsOf(replace('people', 'sources: [A900]', 'sources: []'))).toEqual([
      'people.yaml:5: Expected "sources" to have at least one source, but got: [].',
    ]);
  });

  it('reports a quote that is not word for word in its article', () => {
    expect(problemsOf(replace('provinces', 'quote: "tỉnh Gamma được thành lập"', 'quote: "tỉnh Gamma ra đời"'))).toEqual([
      'provinces.yaml:22: Expected the quote to appear word for word in A900 (seeds/documents/a900.txt), but it does not: "tỉnh Gamma ra đời".',
    ]);
  });

  it('reports text that is not Unicode NFC', () => {
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');
    expect(problemsOf(replace('people', 'name: Nguyễn Văn A', `name: ${decomposed}`))).toEqual([
      `people.yaml:3: Expected "name" to be Unicode NFC (composed diacritics, as most keyboards type them), but got decomposed text: ${JSON.stringify(decomposed)}.`,
    ]);
  });

  it('reports an interval that ends before it starts', () => {
    expect(problemsOf(replace('tenures', 'end: "2021"', 'end: "2019"'))).toEqual([
      'tenures.yaml:7: Expected "end" (2019) to be on or after "start" (2020-01-01), but it is earlier.',
    ]);
  });

  it('reports a unit that ends on another day than the change that ended it', () => {
    expect(problemsOf(replace('provinces', 'dissolved: "1976-02"', 'dissolved: "1976-03"'))).toEqual([
      'provinces.yaml:5: Expected "dissolved" to be 1976-02, when chg-gamma (changes.yaml:2) ended this unit, but got: "1976-03".',
    ]);
  });

  it('reports a unit that begins on another day than the change that created it', () => {
    expect(problemsOf(replace('provinces', 'established: "1976-02"', 'established: "1976-02-15"'))).toEqual([
      'provinces.yaml:19: Expected "established" to be 1976-02, when chg-gamma (changes.yaml:2) created this unit, but got: "1976-02-15".',
    ]);
  });

  it('reports a cycle in lineage', () => {
    const cycle = `${VALID_SEEDS.changes}
- id: chg-back
  kind: split
  date: "1976-02"
  ended: [gamma]
  began: [alpha-pre1976, beta-pre1976]
  flows:
    - { from: gamma, to: alpha-pre1976, extent: part }
    - { from: gamma, to: beta-pre1976, extent: part }
  confidence: uncertain
  sources: [S-law]
`;
    const problems = problemsOf({ changes: cycle });
    expect(problems).toContain(
      'changes.yaml:19: Expected lineage to have no cycles, but alpha-pre1976 → gamma → alpha-pre1976 comes back to itself.',
    );
  });

  it('reports a provincial office whose province is neither named nor explained', () => {
    expect(problemsOf(replace('offices', '  province: gamma\n', ''))).toEqual([
      'offices.yaml:2: Expected a provincial office to name its "province", or to say in "unresolved" why the sources leave it unknown, but got neither.',
    ]);
  });

  it('accepts an office whose province is explicitly unresolved', () => {
    expect(problemsOf(replace('offices', '  province: gamma\n', '  unresolved: "The article never names its province."\n'))).toEqual([]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const problems = problemsOf({
      ...replace('people', 'sources: [A900]', 'sources: [A901]'),
      ...replace('tenures', 'end: "2021"', 'end: "2019"'),
    });
    expect(problems).toHaveLength(2);
  });
});

// Change v2 (CHANGE-V2.md): one test per rule of src/seed/rules/checkChangeMembers.ts and
// checkChangeDates.ts, each with its message pinned. The fixture's chg-gamma merges Alpha and
// Bêta (ended, whole flows) into Gamma (began).
describe('validateSeeds: change members and flows', () => {
  const changes = (from: string, to: string) => replace('changes', from, to);
  const FLOWS = `  flows:
    - { from: alpha-pre1976, to: gamma, extent: whole }
    - { from: beta-pre1976, to: gamma, extent: whole }
`;

  it('reports a member listed in two roles', () => {
    expect(problemsOf(changes('  began: [gamma]', '  began: [gamma, beta-pre1976]'))).toContain(
      'changes.yaml:6: Expected every member to appear in exactly one of "ended", "began" and "continued", but "beta-pre1976" is in both "ended" and "began".',
    );
  });

  it('reports a change that mixes provinces and offices', () => {
    expect(problemsOf(changes('  began: [gamma]\n', '  began: [gamma]\n  continued: [off-gamma]\n'))).toEqual([
      'changes.yaml:7: Expected the members of a change to be all provinces or all offices, but "off-gamma" is not of the same kind as "alpha-pre1976".',
    ]);
  });

  it('reports a flow that names a unit outside the change', () => {
    expect(
      problemsOf(
        changes(
          '    - { from: beta-pre1976, to: gamma, extent: whole }\n',
          '    - { from: beta-pre1976, to: gamma, extent: whole }\n    - { from: delta, to: gamma, extent: part }\n',
        ),
      ),
    ).toEqual([
      'changes.yaml:10: Expected flows to name only members of the change, but "delta" is in none of "ended", "began" and "continued".',
    ]);
  });

  it('reports a flow from a member to itself', () => {
    expect(
      problemsOf(
        changes(
          '    - { from: beta-pre1976, to: gamma, extent: whole }\n',
          '    - { from: beta-pre1976, to: gamma, extent: whole }\n    - { from: gamma, to: gamma, extent: part }\n',
        ),
      ),
    ).toEqual(['changes.yaml:10: Expected a flow to go from one member to another, but it goes from "gamma" to itself.']);
  });

  it('reports the same flow twice', () => {
    expect(
      problemsOf(
        changes(
          '    - { from: beta-pre1976, to: gamma, extent: whole }\n',
          '    - { from: beta-pre1976, to: gamma, extent: whole }\n    - { from: beta-pre1976, to: gamma, extent: whole }\n',
        ),
      ),
    ).toContain('changes.yaml:10: Expected one flow from "beta-pre1976" to "gamma", but got another one.');
  });

  it('reports a member that ended without giving all its territory away', () => {
    expect(
      problemsOf(
        changes('    - { from: beta-pre1976, to: gamma, extent: whole }', '    - { from: beta-pre1976, to: gamma, extent: part }'),
      ),
    ).toEqual([
      'changes.yaml:5: Expected "beta-pre1976", which ended, to give all its territory away: one whole flow out, or two or more part flows out, but got 1 part flow out.',
    ]);
    expect(problemsOf(changes(FLOWS, '  flows:\n    - { from: alpha-pre1976, to: gamma, extent: whole }\n'))).toEqual([
      'changes.yaml:5: Expected "beta-pre1976", which ended, to give all its territory away: one whole flow out, or two or more part flows out, but got no flow out.',
    ]);
  });

  const DELTA = `${VALID_SEEDS.provinces}\n- id: delta\n  name: Delta\n  kind: province\n  current: true\n  confidence: confirmed\n  sources: [S-law]\n`;
  const withDelta = (flow: string) => ({
    changes: VALID_SEEDS.changes
      .replace('  began: [gamma]\n', '  began: [gamma]\n  continued: [delta]\n')
      .replace(FLOWS, `${FLOWS}${flow}`),
    provinces: DELTA,
  });

  it('reports a member that ended and still received territory', () => {
    expect(problemsOf(withDelta('    - { from: delta, to: alpha-pre1976, extent: part }\n'))).toEqual([
      'changes.yaml:11: Expected "alpha-pre1976", which ended, to receive no territory, but a flow comes in from "delta".',
    ]);
  });

  it('reports a member that began and gave territory away', () => {
    expect(problemsOf(withDelta('    - { from: gamma, to: delta, extent: part }\n'))).toEqual([
      'changes.yaml:11: Expected "gamma", which began, to give no territory away, but a flow goes out to "delta".',
    ]);
  });

  it('reports a member that began without receiving territory', () => {
    const intoDelta =
      '  flows:\n    - { from: alpha-pre1976, to: delta, extent: whole }\n    - { from: beta-pre1976, to: delta, extent: whole }\n';
    expect(problemsOf({ ...withDelta(''), changes: withDelta('').changes.replace(FLOWS, intoDelta) })).toEqual([
      'changes.yaml:6: Expected "gamma", which began, to receive territory (a flow in), but none comes to it.',
    ]);
  });

  it('reports a whole flow from a member that did not end', () => {
    const problems = problemsOf({
      changes: VALID_SEEDS.changes
        .replace('  began: [gamma]\n', '  began: [gamma]\n  continued: [delta]\n')
        .replace(FLOWS, `${FLOWS}    - { from: delta, to: gamma, extent: whole }\n`),
      provinces: `${VALID_SEEDS.provinces}\n- id: delta\n  name: Delta\n  kind: province\n  current: true\n  confidence: confirmed\n  sources: [S-law]\n`,
    });
    expect(problems).toEqual(['changes.yaml:11: Expected a whole flow to come from a member that ended, but "delta" continued.']);
  });

  it('reports a rename that is not one continued member with its two names', () => {
    expect(problemsOf(changes('  kind: merge', '  kind: rename'))).toEqual([
      // No "continued" field: the problem points at the record.
      'changes.yaml:2: Expected a rename to have exactly one member, in "continued", but got 3 member(s), 0 of them continued.',
      'changes.yaml:2: Expected a rename to give "fromName", but it is missing.',
      'changes.yaml:2: Expected a rename to give "toName", but it is missing.',
      'changes.yaml:8: Expected a rename to have no flows, but got 2.',
    ]);
  });

  it('reports a change that names no unit before it, or none after it', () => {
    expect(problemsOf(changes('  ended: [alpha-pre1976, beta-pre1976]\n  began: [gamma]\n', '  ended: []\n  began: []\n'))).toEqual([
      'changes.yaml:5: Expected a merge to name the units it changed in "ended" or "continued", but both are empty.',
      'changes.yaml:6: Expected a change to leave some unit after it, in "began" or "continued", but both are empty.',
      'changes.yaml:8: Expected flows to name only members of the change, but "alpha-pre1976" is in none of "ended", "began" and "continued".',
      'changes.yaml:8: Expected flows to name only members of the change, but "gamma" is in none of "ended", "began" and "continued".',
      'changes.yaml:9: Expected flows to name only members of the change, but "beta-pre1976" is in none of "ended", "began" and "continued".',
      'changes.yaml:9: Expected flows to name only members of the change, but "gamma" is in none of "ended", "began" and "continued".',
    ]);
  });

  it('reports a unit that begins at two changes', () => {
    const twice = `${VALID_SEEDS.changes}
- id: chg-again
  kind: establish
  date: "1976-02"
  began: [gamma]
  continued: [alpha-pre1976]
  flows:
    - { from: alpha-pre1976, to: gamma, extent: part }
  confidence: uncertain
  sources: [S-law]
`;
    expect(problemsOf({ changes: twice })).toContain(
      'changes.yaml:16: Expected "gamma" to begin at one change only, but it also begins at chg-gamma (changes.yaml:2).',
    );
  });

  it('reports a flow citing an unknown source', () => {
    expect(
      problemsOf(
        changes(
          '    - { from: beta-pre1976, to: gamma, extent: whole }',
          '    - { from: beta-pre1976, to: gamma, extent: whole, sources: [S-none] }',
        ),
      ),
    ).toEqual(['changes.yaml:9: Expected "S-none" to be the id of a record in seeds/sources.yaml, but there is none.']);
  });

  it('accepts a change of offices under the same rules, and checks the office it created', () => {
    const offices = `${VALID_SEEDS.offices}
- id: off-gamma-2
  name: Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Gamma
  kind: dbqh-hdnd-ubnd
  province: gamma
  established: "2019-01"
  confidence: single-source
  sources: [A900]
`;
    const officeChange = `${VALID_SEEDS.changes}
- id: chg-office-2019
  kind: merge
  date: "2019-01"
  ended: [off-gamma]
  began: [off-gamma-2]
  flows:
    - { from: off-gamma, to: off-gamma-2, extent: whole }
  confidence: uncertain
  sources: [S-law]
`;
    expect(problemsOf({ offices, changes: officeChange })).toEqual([
      'offices.yaml:2: Expected "dissolved" to be 2019-01, when chg-office-2019 (changes.yaml:13) ended this office, but got: nothing.',
    ]);
    expect(
      problemsOf({
        offices: offices.replace('  established: "1976"\n', '  established: "1976"\n  dissolved: "2019-01"\n'),
        changes: officeChange,
      }),
    ).toEqual([]);
  });

  it('reports an operating date before the act', () => {
    expect(problemsOf(changes('  date: "1976-02"\n', '  date: "1976-02"\n  operatingDate: "1975-12-31"\n'))).toEqual([
      'changes.yaml:5: Expected "operatingDate" (1975-12-31) to be on or after "date" (1976-02), but it is earlier.',
    ]);
  });
});

describe('readSeedFiles', () => {
  it('reads seeds/<kind>/*.yaml after seeds/<kind>.yaml, in name order, and reports problems with their own file', () => {
    const dir = writeSeedFixture();
    mkdirSync(path.join(dir, 'people'));
    writeFileSync(
      path.join(dir, 'people', 'b-south.yaml'),
      '- id: per-c\n  name: Lê Văn C\n  confidence: single-source\n  sources: [A900]\n',
    );
    writeFileSync(
      path.join(dir, 'people', 'a-north.yaml'),
      '- id: per-b\n  name: Trần Văn B\n  confidence: single-source\n  sources: [A900]\n',
    );
    const read = readSeedFiles(dir, dir);
    expect(read.records.filter((r) => r.kind === 'people').map((r) => `${r.file}:${r.line}`)).toEqual([
      'people.yaml:2',
      'people/a-north.yaml:1',
      'people/b-south.yaml:1',
    ]);
    writeFileSync(
      path.join(dir, 'people', 'c-dup.yaml'),
      '- id: per-a\n  name: Nguyễn Văn A\n  confidence: single-source\n  sources: [A900]\n',
    );
    expect(validateSeeds(readSeedFiles(dir, dir)).problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      expect.stringMatching(/^people\/c-dup\.yaml:1$/),
    ]);
  });

  it('accepts a kind kept only in its folder', () => {
    const dir = writeSeedFixture();
    rmSync(path.join(dir, 'people.yaml'));
    mkdirSync(path.join(dir, 'people'));
    writeFileSync(path.join(dir, 'people', 'all.yaml'), VALID_SEEDS.people);
    expect(validateSeeds(readSeedFiles(dir, dir)).problems).toEqual([]);
  });
});
