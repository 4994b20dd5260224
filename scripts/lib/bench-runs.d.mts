export interface RunFigure {
  what: string;
  target: number;
  unit: string;
  median: number;
}
export interface AcrossRow {
  what: string;
  unit: string;
  target: number;
  median: number;
  values: (number | null)[];
  pass: boolean;
}
export function acrossRuns(runs: { figures: RunFigure[] }[]): AcrossRow[];
export function formatAcross(rows: AcrossRow[]): string[];
