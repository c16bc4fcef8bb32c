import type { RecapSummary } from '@/lib/recaps/types';

/**
 * Stop numbers: a stop that gives its own (`seriesStop`) has it, and the stops
 * after it count on from there; the others count from the first the portal has.
 */
export function numberedStops(rows: RecapSummary[]): { number: number; recap: RecapSummary }[] {
  let next = 1;
  return rows.map((recap) => {
    const number = recap.event.series?.stop ?? next;
    next = number + 1;
    return { number, recap };
  });
}
