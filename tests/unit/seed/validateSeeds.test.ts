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
  before: [gamma]
  after: [alpha-pre1976]
  confidence: uncertain
  sources: [S-law]
`;
    const problems = problemsOf({ changes: cycle });
    expect(problems).toContain(
      'changes.yaml:14: Expected lineage to have no cycles, but alpha-pre1976 → gamma → alpha-pre1976 comes back to itself.',
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

describe('readSeedFiles', () => {
  it('reads seeds/<kind>/*.yaml after seeds/<kind>.yaml, in name order, and reports problems with their own file', () => {
    const dir = writeSeedFixture();
    mkdirSync(path.join(dir, 'people'));
    writeFileSync(path.join(dir, 'people', 'b-south.yaml'), '- id: per-c\n  name: Lê Văn C\n  confidence: single-source\n  sources: [A900]\n');
    writeFileSync(path.join(dir, 'people', 'a-north.yaml'), '- id: per-b\n  name: Trần Văn B\n  confidence: single-source\n  sources: [A900]\n');
    const read = readSeedFiles(dir, dir);
    expect(read.records.filter((r) => r.kind === 'people').map((r) => `${r.file}:${r.line}`)).toEqual([
      'people.yaml:2',
      'people/a-north.yaml:1',
      'people/b-south.yaml:1',
    ]);
    writeFileSync(path.join(dir, 'people', 'c-dup.yaml'), '- id: per-a\n  name: Nguyễn Văn A\n  confidence: single-source\n  sources: [A900]\n');
    expect(validateSeeds(readSeedFiles(dir, dir)).problems.map((p) => `${p.file}:${p.line}`)).toEqual([expect.stringMatching(/^people\/c-dup\.yaml:1$/)]);
  });

  it('accepts a kind kept only in its folder', () => {
    const dir = writeSeedFixture();
    rmSync(path.join(dir, 'people.yaml'));
    mkdirSync(path.join(dir, 'people'));
    writeFileSync(path.join(dir, 'people', 'all.yaml'), VALID_SEEDS.people);
    expect(validateSeeds(readSeedFiles(dir, dir)).problems).toEqual([]);
  });
});
