import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from './figure-cell';

interface Props {
  title: string;
  labels: string[];
  figures: Figure[];
}

const WIDTH = 640;
const HEIGHT = 200;
const GAP = 6;
const AXIS = 24;

/**
 * Bars of the national figure per month, drawn from the table's column totals. A suppressed month has no
 * bar, only a "–" where it would stand; the table beside it carries the same figures as text, so nothing
 * depends on seeing the chart.
 */
export function StatisticsChart({ title, labels, figures }: Props) {
  const { t } = useTranslation('statistics');
  const id = useId();
  const max = Math.max(1, ...figures.map((f) => (f.suppressed || f.value === null ? 0 : f.value)));
  const slot = (WIDTH - GAP) / Math.max(1, figures.length);
  const described = figures.map((f, i) => `${labels[i]}: ${f.suppressed ? t('suppressed.short') : (f.value ?? t('noEvents'))}`).join('; ');
  return (
    <figure className="statistics-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{described}</desc>
        {figures.map((f, i) => {
          const x = GAP + i * slot;
          const w = slot - GAP;
          if (f.suppressed || f.value === null)
            return (
              <text
                key={labels[i]}
                x={x + w / 2}
                y={HEIGHT - 4}
                textAnchor="middle"
                className="bar-suppressed"
                data-suppressed={f.suppressed || undefined}
              >
                –
              </text>
            );
          const h = (f.value / max) * (HEIGHT - 20);
          return (
            <g key={labels[i]}>
              <rect x={x} y={HEIGHT - h} width={w} height={h} className="bar" data-month={labels[i]} />
              <text x={x + w / 2} y={HEIGHT - h - 4} textAnchor="middle" className="bar-value">
                {f.value}
              </text>
            </g>
          );
        })}
        {labels.map((label, i) => (
          <text key={label} x={GAP + i * slot + (slot - GAP) / 2} y={HEIGHT + 16} textAnchor="middle" className="bar-label">
            {label.slice(5)}
          </text>
        ))}
      </svg>
      <figcaption>{t('chart.caption', { title })}</figcaption>
    </figure>
  );
}
