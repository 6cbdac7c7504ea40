import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { CASE_SECTIONS, CaseSection, CaseSectionNav } from './case-sections';

function Page() {
  return (
    <>
      <CaseSectionNav />
      {CASE_SECTIONS.map((id) => (
        <CaseSection key={id} id={id}>
          <h2>{id}</h2>
        </CaseSection>
      ))}
    </>
  );
}

describe('the case page’s section links', () => {
  it('lead to a section of the page each, in page order, named in English', () => {
    const { container } = renderWithProviders(<Page />);
    const links = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Summary',
      'Where they are',
      'Consent',
      'Stage and follow-up',
      'Destinations',
      'Proposals and placements',
      'Conditions',
      'Team',
    ]);
    for (const link of links) {
      const target = container.querySelector(link.getAttribute('href')!);
      expect(target).not.toBeNull();
      // focusable, so that following the link moves keyboard focus along with the scroll
      expect(target!.getAttribute('tabindex')).toBe('-1');
    }
  });

  it('are named in Swedish on a Swedish page', () => {
    renderWithProviders(<Page />, { language: 'sv' });
    const nav = screen.getByRole('navigation', { name: 'På den här sidan' });
    expect(within(nav).getByRole('link', { name: 'Var de vistas' }).getAttribute('href')).toBe('#case-whereabouts');
  });
});
