export { gridTable, GridLayout, type GridMargins, type LinearCountTable, type FigureEquation } from './count-table.js';
export { audit, OUTSIDER, type Disclosure, type Reader } from './disclosure-audit.js';
export {
  DEFAULT_THRESHOLD,
  primarySuppression,
  suppressTable,
  suppressYearGrid,
  type SuppressedGrid,
  type SuppressionOptions,
} from './cell-suppression.js';
export { linearlyDerivable } from './linear-derivation.js';
export { median } from './median.js';
export { splitTable, suppressSplitYear, SplitLayout, type GridView, type SuppressedSplit } from './split-table.js';
