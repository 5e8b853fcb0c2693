/** The rows of an import file as the parser hands them over: text cells, no types, no formulas. */
export interface ImportSheet {
  name: string;
  hidden: boolean;
  rows: string[][];
}

export interface ParsedTable {
  kind: 'csv' | 'xlsx';
  sheets: ImportSheet[];
  /** Cells holding formulas (Sheet!A1), found by the parser; any of them refuses the file. */
  formulas: string[];
}

/** Header text compared loosely: case, accents, spaces, underscores and punctuation do not matter. */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The 1-based spreadsheet row number of a data row, as the user sees it (header is row 1). */
export function sheetRowNumber(dataIndex: number): number {
  return dataIndex + 2;
}
