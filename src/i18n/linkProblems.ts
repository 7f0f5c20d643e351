/** Why a link was refused, in the user's language. */
import type { TFunction } from 'i18next';
import type { LinkProblem } from '../export/shareLink';

/** Every reason has a sentence; the Record type makes a new reason without one a compile error. */
const LINK_PROBLEM_KEYS: Record<LinkProblem, string> = {
  not_a_link: 'link.problem.not_a_link',
  damaged_link: 'link.problem.damaged_link',
  unknown_format: 'link.problem.unknown_format',
  too_large: 'link.problem.too_large',
  unknown_generic: 'link.problem.unknown_generic',
  invalid_profile: 'link.problem.invalid_profile',
};

export function linkProblemMessage(reason: LinkProblem, t: TFunction): string {
  return t(LINK_PROBLEM_KEYS[reason]);
}
