import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIFECYCLE_REASON } from '../lib/reason';
import { renderWithProviders } from '../test/render';
import { ReasonForm } from './reason-form';

const labels = { label: 'Close the known location Malmö', fieldLabel: 'Why is it closed?', submitLabel: 'Close', submitting: false };

describe('ReasonForm', () => {
  it('refuses a reason shorter than the API allows, without calling onSubmit, and says why next to the field', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ReasonForm {...labels} onSubmit={onSubmit} onCancel={vi.fn()} />);
    const field = screen.getByRole('textbox', { name: 'Why is it closed?' });
    await user.type(field, '  ab  ');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Write at least 3 characters.').id).toBe(field.getAttribute('aria-describedby'));
  });

  it('refuses a reason longer than its rule, in Swedish too', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ReasonForm {...labels} length={LIFECYCLE_REASON} onSubmit={onSubmit} />, { language: 'sv' });
    const field = screen.getByRole('textbox', { name: 'Why is it closed?' });
    await user.click(field);
    await user.paste('x'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Skriv högst 500 tecken.')).toBeTruthy();
  });

  it('sends the trimmed reason, keeps a multi-line one whole, and clears the field when the change went through', async () => {
    const onSubmit = vi.fn().mockResolvedValue(true);
    const user = userEvent.setup();
    renderWithProviders(<ReasonForm {...labels} onSubmit={onSubmit} />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Why is it closed?' });
    await user.type(field, '  Moved away{Enter}per the region  ');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onSubmit).toHaveBeenCalledWith('Moved away\nper the region');
    await waitFor(() => expect(field.value).toBe(''));
    // No onCancel: a form that stays on the page has no cancel button.
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('keeps the reason when the API refused the change', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReasonForm {...labels} onSubmit={vi.fn().mockResolvedValue(false)} />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Why is it closed?' });
    await user.type(field, 'Moved away');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(field.value).toBe('Moved away');
  });

  it('an optional reason may be left empty, and the fields before it are checked first', async () => {
    const onSubmit = vi.fn();
    const ready = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    const user = userEvent.setup();
    renderWithProviders(
      <ReasonForm {...labels} optional ready={ready} onSubmit={onSubmit} onCancel={vi.fn()}>
        <input aria-label="Scope" />
      </ReasonForm>,
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onSubmit).toHaveBeenCalledWith('');
  });

  it('opened by a button, it puts the focus in the reason; Cancel is one Tab past the submit button', async () => {
    const onCancel = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ReasonForm {...labels} autoFocus onSubmit={vi.fn()} onCancel={onCancel} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Why is it closed?' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalled();
  });
});
