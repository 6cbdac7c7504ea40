import { useId, type ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen. The scrolling box is a focusable region named by
 * the table's caption, so a keyboard user can scroll it too (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
export function ScrollableTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
