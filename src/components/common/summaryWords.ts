/** The summary document's words in the current interface language (the same words on screen, slides and PDF). */
import type { TFunction } from 'i18next';
import type { SummaryWords } from '../../export/summaryDocument';

export function summaryWords(t: TFunction): SummaryWords {
  return {
    keptBy: (kept, of) => t('summary.keptBy', { kept, count: of }),
    fromGeneric: t('summary.fromGeneric'),
    own: t('summary.own'),
    noOwn: t('summary.noOwn'),
    renamed: t('summary.renamed'),
    movedTo: t('summary.movedTo'),
    does: t('summary.does'),
    should: t('summary.should'),
    yesNo: (yes, no) => t('summary.yesNo', { yes, no }),
    noteFrom: (group) => t('summary.noteFrom', { group }),
    groups: t('summary.groupsLabel'),
    questions: t('summary.questions'),
    notAnswered: t('summary.notAnswered'),
  };
}
