// A change renders what shows it, not the app around it (issue 8, speed at 300 elements): each render
// of a card, the header or the workshop bar is counted by wrapping the real component.
import { screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { memo } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CardViewModule from '../../src/components/board/CardView';
import type * as ToolbarModule from '../../src/components/header/Toolbar';
import type * as WorkshopBarModule from '../../src/components/workshop/WorkshopBar';
import { renderApp } from './renderApp';

const rendered = vi.hoisted(() => ({ cards: [] as string[], toolbar: 0, workshopBar: 0 }));

vi.mock('../../src/components/board/CardView', async (importOriginal) => {
  const real = await importOriginal<typeof CardViewModule>();
  // Memoised like the real one, so it renders exactly when the real one would.
  const CardView = memo(function CountedCardView(props: ComponentProps<typeof real.CardView>) {
    rendered.cards.push(props.id);
    return <real.CardView {...props} />;
  });
  return { ...real, CardView };
});

vi.mock('../../src/components/header/Toolbar', async (importOriginal) => {
  const real = await importOriginal<typeof ToolbarModule>();
  return {
    ...real,
    Toolbar(props: ComponentProps<typeof real.Toolbar>) {
      rendered.toolbar += 1;
      return <real.Toolbar {...props} />;
    },
  };
});

vi.mock('../../src/components/workshop/WorkshopBar', async (importOriginal) => {
  const real = await importOriginal<typeof WorkshopBarModule>();
  return {
    ...real,
    WorkshopBar() {
      rendered.workshopBar += 1;
      return <real.WorkshopBar />;
    },
  };
});

function forget() {
  rendered.cards.length = 0;
  rendered.toolbar = 0;
  rendered.workshopBar = 0;
}

describe('what a change renders', () => {
  beforeEach(forget);

  it('a rename renders the renamed card only: not the header, the workshop bar, the generic profile or the other cards', async () => {
    const { local, list, texts, user, addToLocal } = renderApp();
    await addToLocal('Respektere målgruppen', 'Viden');
    await addToLocal('Danne relationer', 'Viden');
    await addToLocal('Håndtere data', 'Kompetencer');
    const item = within(local()).getByRole('listitem', { name: 'Danne relationer' });
    const renamedId = item.dataset.elementId;
    forget();

    within(item).getByRole('button', { name: 'Flyt: Danne relationer' }).focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'Ny tekst til elementet' });
    await user.clear(field);
    await user.paste('Danne tillidsfulde relationer');
    await user.keyboard('{Enter}');

    expect(texts(list(local(), 'Viden'))).toEqual(['Respektere målgruppen', 'Danne tillidsfulde relationer']);
    expect(new Set(rendered.cards)).toEqual(new Set([renamedId]));
    expect(rendered.toolbar).toBe(0);
    expect(rendered.workshopBar).toBe(0);
  });

  it('a copy from the generic profile renders the card it marks as in use, not the other generic cards', async () => {
    const { generic, addToLocal } = renderApp();
    await addToLocal('Respektere målgruppen', 'Viden');
    forget();
    await addToLocal('Danne relationer', 'Viden');
    const genericIds = within(generic())
      .getAllByRole('listitem')
      .map((li) => li.dataset.elementId);
    const renderedGeneric = rendered.cards.filter((id) => genericIds.includes(id));
    const copied = within(generic()).getByRole('listitem', { name: 'Danne relationer' }).dataset.elementId;
    expect(new Set(renderedGeneric)).toEqual(new Set([copied]));
  });
});
