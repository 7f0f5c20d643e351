import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('start over', () => {
  it('asks first and does nothing when cancelled', async () => {
    const { local, list, texts, user, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start forfra?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
  });

  it('starts from a full copy of the chosen generic profile, and can be undone', async () => {
    const { local, generic, list, texts, user, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start forfra?' });
    await user.selectOptions(within(dialog).getByLabelText('Generisk profil'), 'kontaktperson-kui');
    await user.click(within(dialog).getByLabelText('Med en kopi af hele den generiske profil'));
    await user.click(within(dialog).getByRole('button', { name: 'Start forfra' }));
    expect(texts(list(local(), 'Opgaver'))).toHaveLength(6);
    expect(texts(list(generic(), 'Opgaver'))).toHaveLength(6);
    await user.click(within(screen.getByRole('toolbar')).getByRole('button', { name: 'Fortryd' }));
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
  });
});

describe('choosing the generic profile', () => {
  it('shows the ministry profile, whose elements can be added to the local profile', async () => {
    const { generic, local, list, texts, user, addToLocal } = renderApp();
    await user.selectOptions(within(generic()).getByLabelText('Generisk profil at arbejde ud fra'), 'kontaktperson-kui');
    expect(texts(list(generic(), 'Kompetencer'))[3]).toBe('Samarbejde med forældre til unge under 18 år');
    await addToLocal('Samarbejde med forældre til unge under 18 år', 'Færdigheder');
    expect(texts(list(local(), 'Færdigheder'))).toEqual(['Samarbejde med forældre til unge under 18 år']);
  });
});
