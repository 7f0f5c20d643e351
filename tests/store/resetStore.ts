import { initialWork, useProfileStore } from '../../src/store/profileStore';

/** A clean store and history for each test. */
export function resetStore() {
  useProfileStore.setState({ ...initialWork(), notice: null, refused: null });
  useProfileStore.temporal.getState().clear();
}
