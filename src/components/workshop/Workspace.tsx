/**
 * The work area under the header: the board or the Bør / Gør matrix, with the reflection questions
 * beside it when they are open. The board is passed in, so the workshop does not reach into it.
 */
import type { ReactNode } from 'react';
import { lazyNamed, OnDemand } from '../common/onDemand';
import { useWorkshopView } from '../../store/workshopView';
import './workshop.css';

// The board is what a first visit shows; the matrix and the questions load when the group opens them.
const MatrixView = lazyNamed(() => import('./MatrixView').then((module) => module.MatrixView));
const QuestionsPanel = lazyNamed(() => import('./QuestionsPanel').then((module) => module.QuestionsPanel));

export function Workspace({ board }: { board: ReactNode }) {
  const view = useWorkshopView((state) => state.view);
  const questionsOpen = useWorkshopView((state) => state.questionsOpen);
  return (
    <div className={`workspace${questionsOpen ? ' workspace--questions' : ''}`}>
      {view === 'matrix' ? (
        <OnDemand placement="inline">
          <MatrixView />
        </OnDemand>
      ) : (
        board
      )}
      {questionsOpen && (
        <OnDemand placement="inline">
          <QuestionsPanel />
        </OnDemand>
      )}
    </div>
  );
}
