/**
 * The work area under the header: the board or the Bør / Gør matrix, with the reflection questions
 * beside it when they are open. The board is passed in, so the workshop does not reach into it.
 */
import type { ReactNode } from 'react';
import { MatrixView } from './MatrixView';
import { QuestionsPanel } from './QuestionsPanel';
import { useWorkshopView } from '../../store/workshopView';
import './workshop.css';

export function Workspace({ board }: { board: ReactNode }) {
  const view = useWorkshopView((state) => state.view);
  const questionsOpen = useWorkshopView((state) => state.questionsOpen);
  return (
    <div className={`workspace${questionsOpen ? ' workspace--questions' : ''}`}>
      {view === 'matrix' ? <MatrixView /> : board}
      {questionsOpen && <QuestionsPanel />}
    </div>
  );
}
