// The edtf package ships no type declarations. This describes only the part
// of its API that src/dates relies on, so a change there shows up as a type
// error here rather than as a silent `any`.
declare module 'edtf' {
  export interface ParseConstraints {
    level?: 0 | 1 | 2 | 3;
    types?: readonly string[];
  }

  // Qualifier flags are booleans at level 1 but per-component bitmasks at
  // level 2, hence the union.
  export interface ParseResult {
    type: string;
    level: number;
    values: unknown[];
    unspecified?: number;
    uncertain?: boolean | number;
    approximate?: boolean | number;
  }

  export interface Bitmask {
    readonly value: number;
  }

  export interface ExtendedDate {
    readonly type: string;
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
    readonly precision: number;
    readonly approximate: Bitmask;
    readonly uncertain: Bitmask;
  }

  export function parse(input: string, constraints?: ParseConstraints): ParseResult;

  // Only the parse-result overload is declared on purpose: given a string of
  // five or more digits edtf() reads it as Unix time, not as a year.
  export default function edtf(parsed: ParseResult): ExtendedDate;
}
