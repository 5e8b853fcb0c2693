/** One measured figure, printed as a table row for people or a JSON line for machines. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, e.g. "≤ 20"; empty when the figure is context, not a goal. */
  target: string;
}

export type Report = (row: BenchRow) => void;

export function reporter(json: boolean): Report {
  if (json) return (row) => console.log(JSON.stringify(row));
  console.log(`${'benchmark'.padEnd(58)} ${'value'.padStart(12)}  ${'unit'.padEnd(6)} target`);
  return (row) => {
    const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(2);
    console.log(`${row.name.padEnd(58)} ${value.padStart(12)}  ${row.unit.padEnd(6)} ${row.target}`);
  };
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
