/** The workshop's words for the exports, translated once in the labels' language. */
import type { TFunction } from 'i18next';
import type { WorkshopLabels } from '../../export/workshopText';

export function workshopLabels(t: TFunction): WorkshopLabels {
  return {
    does: { yes: t('marks.does.yes'), no: t('marks.does.no') },
    should: { yes: t('marks.should.yes'), no: t('marks.should.no') },
    note: t('marks.note'),
    questions: t('questions.title'),
    notAnswered: t('export.notAnswered'),
    matrix: t('matrix.title'),
    quadrants: {
      strengthen: t('matrix.quadrants.strengthen'),
      begin: t('matrix.quadrants.begin'),
      keep: t('matrix.quadrants.keep'),
      leave: t('matrix.quadrants.leave'),
      undecided: t('matrix.quadrants.undecided'),
    },
  };
}
