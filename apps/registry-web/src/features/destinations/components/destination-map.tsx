import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { swedenMap, viewBoxOf } from '../map/sweden-map';
import type { Destination } from '../verdict';

interface Props {
  destinations: readonly Destination[];
  /** SCB code of the selected municipality */
  selected: string | null;
  onSelect(code: string): void;
  /** police region to zoom to; the whole country when null */
  region?: string | null;
  /** id of the element (the table) that the "skip the map" link jumps to */
  skipTargetId?: string;
}

const shapes = Object.entries(swedenMap.municipalities);

/**
 * The map of Sweden: one <path> per municipality carrying data-code (SCB) and data-verdict, drawn from
 * props only. A convenience over the Destinations table, which offers the same choices as text: each
 * path has a <title> (name and verdict), is focusable and selects with Enter or Space, and its colour is
 * backed by a pattern, so nothing depends on colour or a mouse.
 */
export function DestinationMap({ destinations, selected, onSelect, region = null, skipTargetId }: Props) {
  const { t } = useTranslation('destinations');
  const captionId = useId();
  const [active, setActive] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(destinations.map((destination) => [destination.code, destination])), [destinations]);
  const activeDestination = active ? byCode.get(active) : undefined;
  const selectedShape = selected ? swedenMap.municipalities[selected] : undefined;
  const activeShape = active && active !== selected ? swedenMap.municipalities[active] : undefined;

  function onKeyDown(event: KeyboardEvent<SVGPathElement>, code: string) {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      onSelect(code);
    }
  }

  return (
    <figure className="destination-map">
      {skipTargetId && (
        <a className="skip-map" href={`#${skipTargetId}`}>
          {t('map.skip')}
        </a>
      )}
      <svg
        className="map-svg"
        viewBox={viewBoxOf(region)}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-labelledby={captionId}
        onMouseLeave={() => setActive(null)}
      >
        <defs>
          <pattern id="map-hatch-blocked" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)">
            <rect className="pattern-blocked-bg" width="3" height="3" />
            <line className="pattern-blocked-line" x1="0" y1="0" x2="0" y2="3" />
          </pattern>
          <pattern id="map-dots-home" patternUnits="userSpaceOnUse" width="3" height="3">
            <rect className="pattern-home-bg" width="3" height="3" />
            <circle className="pattern-home-dot" cx="1.5" cy="1.5" r="0.7" />
          </pattern>
        </defs>
        <g className="map-municipalities">
          {shapes.map(([code, shape]) => {
            const destination = byCode.get(code);
            const verdictText = destination ? t(`verdict.${destination.verdict}`) : t('verdict.unknown');
            const inView = !region || shape.region === region;
            return (
              <path
                key={code}
                d={shape.d}
                data-code={code}
                data-verdict={destination?.verdict}
                className={`municipality ${destination ? `verdict-${destination.verdict}` : 'verdict-unknown'}${code === selected ? ' is-selected' : ''}`}
                role="button"
                aria-pressed={code === selected}
                tabIndex={inView ? 0 : -1}
                onClick={() => onSelect(code)}
                onKeyDown={(event) => onKeyDown(event, code)}
                onMouseEnter={() => setActive(code)}
                onFocus={() => setActive(code)}
                onBlur={() => setActive((current) => (current === code ? null : current))}
              >
                <title>{`${destination?.name ?? code}: ${verdictText}`}</title>
              </path>
            );
          })}
        </g>
        {/* Outlines drawn last, so neighbours painted later cannot cover them. */}
        {activeShape && <path className="outline-active" d={activeShape.d} aria-hidden="true" />}
        {selectedShape && <path className="outline-selected" d={selectedShape.d} aria-hidden="true" />}
      </svg>
      <figcaption>
        <span id={captionId} className="map-caption">
          {t('map.caption')}
        </span>
        <span className="map-hover" aria-hidden="true">
          {activeDestination ? `${activeDestination.name}: ${t(`verdict.${activeDestination.verdict}`)}` : t('map.hoverHint')}
        </span>
      </figcaption>
    </figure>
  );
}
