/**
 * `npm run bench`: every suite measures against the targets written in the issues.
 * A table for people; `--json` prints one object per line (name, value, unit, target).
 * `--only <suite>` runs one suite.
 */
import { parseArgs } from 'node:util';
import { reporter, type Report } from './report.js';
import { runCalendarBench } from './calendar/calendarBench.js';
import { runTypingBench } from './composer/typingBench.js';
import { runPdfBench } from './export/pdfBench.js';
import { runExportsBench } from './exports/exportBench.js';
import { runMediaBench } from './media/importBench.js';
import { runLibraryBench } from './library/gridScrollBench.js';
import { runCountingBench } from './networks/countingBench.js';
import { runStoreBench } from './store/storeBench.js';

const suites: Record<string, (report: Report) => Promise<void>> = {
  counting: runCountingBench,
  typing: runTypingBench,
  store: runStoreBench,
  media: runMediaBench,
  library: runLibraryBench,
  pdf: runPdfBench,
  exports: runExportsBench,
  calendar: runCalendarBench,
};

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } });
const report = reporter(values.json);
for (const [name, run] of Object.entries(suites)) {
  if (values.only && values.only !== name) continue;
  await run(report);
}
