// Small number helpers for the bench report.

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes as MB (10^6) with two decimals, as the table prints them. */
export function toMegabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}
