import { act, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fullRanking, HOME_CODE } from '../../../test/rank-destinations.fixture';
import { renderWithProviders } from '../../../test/render';
import { swedenMap } from '../map/sweden-map';
import { toDestinations } from '../verdict';
import { DestinationMap } from './destination-map';

const destinations = toDestinations(fullRanking(), HOME_CODE);

function paths(container: HTMLElement) {
  return [...container.querySelectorAll<SVGPathElement>('path[data-code]')];
}

describe('DestinationMap', () => {
  it('draws the 290 municipalities, each with its SCB code and verdict from props', () => {
    const { container } = renderWithProviders(<DestinationMap destinations={destinations} selected={null} onSelect={() => {}} />);
    const drawn = paths(container);
    expect(drawn).toHaveLength(290);
    expect(new Set(drawn.map((path) => path.dataset.code)).size).toBe(290);
    const verdictOf = (code: string) => container.querySelector(`path[data-code="${code}"]`)?.getAttribute('data-verdict');
    expect(verdictOf('2080')).toBe('cleared');
    expect(verdictOf('1780')).toBe('warning');
    expect(verdictOf('1283')).toBe('blocked');
    expect(verdictOf(HOME_CODE)).toBe('home');
    expect(drawn.every((path) => ['cleared', 'warning', 'blocked', 'home'].includes(path.dataset.verdict ?? ''))).toBe(true);
    // colour comes from classes, never from inline styles (the CSP has no 'unsafe-inline')
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('names each municipality and its verdict in a <title>, as a focusable button', () => {
    const { container } = renderWithProviders(<DestinationMap destinations={destinations} selected={null} onSelect={() => {}} />);
    // Browsers name an SVG element by its <title> (jsdom's accessibility tree does not, so it is read here).
    const helsingborg = container.querySelector('path[data-code="1283"]')!;
    expect(helsingborg.querySelector('title')?.textContent).toBe('Helsingborg: Blocked');
    expect(container.querySelector(`path[data-code="${HOME_CODE}"] > title`)?.textContent).toBe('Malmö: Home municipality');
    expect(helsingborg.getAttribute('role')).toBe('button');
    expect(helsingborg.getAttribute('tabindex')).toBe('0');
  });

  it('selects by click, Enter and Space, and marks the selected one', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const { container } = renderWithProviders(<DestinationMap destinations={destinations} selected="2080" onSelect={onSelect} />);
    fireEvent.click(container.querySelector('path[data-code="1283"]')!);
    expect(onSelect).toHaveBeenLastCalledWith('1283');

    const karlstad = container.querySelector<SVGPathElement>('path[data-code="1780"]')!;
    expect(karlstad.querySelector('title')?.textContent).toBe('Karlstad: Cleared with warnings');
    act(() => karlstad.focus());
    expect(document.activeElement).toBe(karlstad);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('1780');
    onSelect.mockClear();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenCalledWith('1780');

    expect(container.querySelector('path[data-code="2080"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('path[data-code="1780"]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the name and verdict of the municipality under the pointer or focus', () => {
    const { container } = renderWithProviders(<DestinationMap destinations={destinations} selected={null} onSelect={() => {}} />);
    fireEvent.mouseEnter(container.querySelector('path[data-code="1283"]')!);
    expect(container.querySelector('.map-hover')?.textContent).toBe('Helsingborg: Blocked');
    fireEvent.focus(container.querySelector('path[data-code="2080"]')!);
    expect(container.querySelector('.map-hover')?.textContent).toBe('Falun: Cleared');
  });

  it('zooms to a police region by viewBox, keeping only its municipalities in the tab order', () => {
    const { container } = renderWithProviders(
      <DestinationMap destinations={destinations} selected={null} onSelect={() => {}} region="SYD" />,
    );
    expect(container.querySelector('svg')?.getAttribute('viewBox')).toBe(swedenMap.regions.SYD!.join(' '));
    const inSyd = paths(container).filter((path) => swedenMap.municipalities[path.dataset.code!]!.region === 'SYD');
    expect(inSyd.length).toBeGreaterThan(10);
    expect(inSyd.every((path) => path.getAttribute('tabindex') === '0')).toBe(true);
    expect(container.querySelector('path[data-code="2480"]')?.getAttribute('tabindex')).toBe('-1');
  });
});
