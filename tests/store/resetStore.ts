import { useWorkshopView } from '../../src/store/workshopView';
import { initialWork, useProfileStore } from '../../src/store/profileStore';

/** A clean store and history for each test, and the workshop tools in their first state. */
export function resetStore() {
  useProfileStore.setState({ ...initialWork(), notice: null, refused: null });
  useProfileStore.temporal.getState().clear();
  useWorkshopView.setState({ view: 'board', filter: 'all', questionsOpen: false, annotating: null });
}
