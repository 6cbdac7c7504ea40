import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../lib/errors';
import { renderWithProviders } from '../test/render';
import { PurposeDialog } from './purpose-dialog';

describe('PurposeDialog', () => {
  it('is a dialog named by its heading, with the textbox focused', () => {
    renderWithProviders(<PurposeDialog onSubmit={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Purpose of access' });
    const textbox = screen.getByRole('textbox', { name: 'Purpose of access' });
    expect(dialog.contains(textbox)).toBe(true);
    expect(document.activeElement).toBe(textbox);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Keep the current purpose' })).toBeNull();
  });

  it('sends the purpose, trimmed, on Continue', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderWithProviders(<PurposeDialog onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Purpose of access' }), '  AVH-2026-000042 uppföljning  ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSubmit).toHaveBeenCalledWith('AVH-2026-000042 uppföljning');
  });

  it('refuses a purpose the API would refuse, and says why', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<PurposeDialog onSubmit={onSubmit} />);
    const textbox = screen.getByRole('textbox', { name: 'Purpose of access' });
    await user.type(textbox, 'ab');
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(textbox.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Write at least 3 characters that say why you need access.')).toBeTruthy();

    await user.clear(textbox);
    await user.type(textbox, 'abc\u200Bdef');
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/Remove control or invisible formatting characters/)).toBeTruthy();
  });

  it('shows a failure to save the purpose and stays open', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new HttpError(403));
    const user = userEvent.setup();
    renderWithProviders(<PurposeDialog onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Purpose of access' }), 'Audit of Q3');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Your role may not do this.'));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('offers to keep the current purpose when changing it', async () => {
    const onCancel = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<PurposeDialog initialPurpose="Current purpose" onSubmit={vi.fn()} onCancel={onCancel} />);
    expect((screen.getByRole('textbox', { name: 'Purpose of access' }) as HTMLInputElement).value).toBe('Current purpose');
    await user.click(screen.getByRole('button', { name: 'Keep the current purpose' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('speaks Swedish by default', () => {
    renderWithProviders(<PurposeDialog onSubmit={vi.fn()} />, { language: 'sv' });
    expect(screen.getByRole('dialog', { name: 'Syfte med åtkomst' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fortsätt' })).toBeTruthy();
  });
});
