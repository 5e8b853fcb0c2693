/** The months and weeks a plan book walks through, Monday first, from plain dates (YYYY-MM-DD). */
import { Temporal } from 'temporal-polyfill';

export interface MonthGrid {
  /** YYYY-MM */
  month: string;
  /** Whole weeks (Monday → Sunday) covering the month, as dates. */
  weeks: string[][];
}

export interface WeekSpan {
  /** The Monday. */
  start: string;
  /** The Sunday. */
  end: string;
  number: number;
  days: string[];
}

export function mondayOf(date: string): string {
  const day = Temporal.PlainDate.from(date);
  return day.subtract({ days: day.dayOfWeek - 1 }).toString();
}

export function weekOf(date: string): WeekSpan {
  const start = Temporal.PlainDate.from(mondayOf(date));
  const days = Array.from({ length: 7 }, (_, i) => start.add({ days: i }).toString());
  return { start: days[0]!, end: days[6]!, number: start.weekOfYear ?? 0, days };
}

/** Every month the period touches, each as a grid of whole weeks. */
export function monthGrids(from: string, to: string): MonthGrid[] {
  const grids: MonthGrid[] = [];
  let month = Temporal.PlainYearMonth.from(from.slice(0, 7));
  const last = Temporal.PlainYearMonth.from(to.slice(0, 7));
  while (Temporal.PlainYearMonth.compare(month, last) <= 0) {
    const first = month.toPlainDate({ day: 1 });
    const end = month.toPlainDate({ day: month.daysInMonth });
    const weeks: string[][] = [];
    for (
      let monday = Temporal.PlainDate.from(mondayOf(first.toString()));
      Temporal.PlainDate.compare(monday, end) <= 0;
      monday = monday.add({ days: 7 })
    ) {
      weeks.push(weekOf(monday.toString()).days);
    }
    grids.push({ month: month.toString(), weeks });
    month = month.add({ months: 1 });
  }
  return grids;
}
