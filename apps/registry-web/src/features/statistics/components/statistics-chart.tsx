import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { allZero, monthLabel, monthOnly } from '../labels';
import type { Figure } from './figure-cell';

interface Props {
  title: string;
  labels: string[];
  figures: Figure[];
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 36;
const GAP = 6;
const AXIS = 28;
const TOP = 16;

/** Gridline steps: 0 and about four whole-number steps up to the largest published figure. */
function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  if (out.at(-1)! < max) out.push(out.at(-1)! + step);
  return out;
}

/**
 * Bars of the national figure per month, drawn from the table's column totals, on a labelled scale. A
 * suppressed month has no bar, only a "–" where it would stand; the table carries the same figures as
 * text, so nothing depends on seeing the chart. A period with nothing in it says so instead of drawing
 * an empty frame.
 */
export function StatisticsChart({ title, labels, figures }: Props) {
  const { t, i18n } = useTranslation('statistics');
  const id = useId();
  if (allZero(figures))
    return (
      <p className="notice statistics-empty" data-empty-chart="">
        {t('chart.empty', { title })}
      </p>
    );
  const published = figures.map((f) => (f.suppressed || f.value === null ? 0 : f.value));
  const scale = ticks(Math.max(1, ...published));
  const top = scale.at(-1)!;
  const plot = HEIGHT - TOP;
  const y = (v: number) => HEIGHT - (v / top) * plot;
  const slot = (WIDTH - LEFT - GAP) / Math.max(1, figures.length);
  const described = figures
    .map((f, i) => `${monthLabel(labels[i]!, i18n.language, 'long')}: ${f.suppressed ? t('suppressed.short') : (f.value ?? t('noEvents'))}`)
    .join('; ');
  return (
    <figure className="statistics-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{described}</desc>
        {scale.map((v) => (
          <g key={v} className="gridline">
            <line x1={LEFT} x2={WIDTH} y1={y(v)} y2={y(v)} />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="bar-label">
              {v}
            </text>
          </g>
        ))}
        {figures.map((f, i) => {
          const x = LEFT + GAP + i * slot;
          const w = slot - GAP;
          if (f.suppressed || f.value === null)
            return (
              <text
                key={labels[i]}
                x={x + w / 2}
                y={HEIGHT - 6}
                textAnchor="middle"
                className="bar-suppressed"
                data-suppressed={f.suppressed || undefined}
              >
                –
              </text>
            );
          const h = HEIGHT - y(f.value);
          return (
            <g key={labels[i]}>
              <rect x={x} y={HEIGHT - h} width={w} height={h} className="bar" data-month={labels[i]} />
              {f.value > 0 && (
                <text x={x + w / 2} y={HEIGHT - h - 4} textAnchor="middle" className="bar-value">
                  {f.value}
                </text>
              )}
            </g>
          );
        })}
        {labels.map((label, i) => (
          <text key={label} x={LEFT + GAP + i * slot + (slot - GAP) / 2} y={HEIGHT + 18} textAnchor="middle" className="bar-label">
            {monthOnly(label, i18n.language)}
          </text>
        ))}
      </svg>
      <figcaption>{t('chart.caption', { title })}</figcaption>
    </figure>
  );
}
