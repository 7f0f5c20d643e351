/** Limits as the user meets them: said at once, never a silent cut. (The 1,001st element: tests/e2e/doors.spec.ts.) */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('limits in the builder', () => {
  it('lets the title be as long as the format allows, and says when the field is full', async () => {
    const { user, local } = renderApp();
    const title = within(local()).getByRole('textbox', { name: 'Profilens titel' });
    expect(title).toHaveAttribute('maxLength', '2000');
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(2100));
    expect(title).toHaveValue('x'.repeat(2000));
    expect(screen.getByText('Højst 2.000 tegn.')).toBeInTheDocument();
  });
});
