/**
 * The one store, made of typed slices (zustand's slices pattern). Each slice owns its state and the
 * verbs that change it; a slice reaches another only through `get()`. Created by a factory so that
 * unit tests build their own store with a fake API and a fixed clock.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { createCalendarSlice, type CalendarSlice } from './calendarSlice.js';
import type { StoreDeps } from './deps.js';
import { createEditorSlice, type EditorSlice } from './editorSlice.js';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice.js';
import { createImportsSlice, type ImportsSlice } from './importsSlice.js';
import { createLibrarySlice, type LibrarySlice } from './librarySlice.js';
import { createPostsSlice, type PostsSlice } from './postsSlice.js';
import { createRequestsSlice, type RequestsSlice } from './requestsSlice.js';
import { createReviewSlice, type ReviewSlice } from './reviewSlice.js';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice.js';
import { createStatusSlice, type StatusSlice } from './statusSlice.js';
import { createUiSlice, type UiSlice } from './uiSlice.js';
import { createUndoSlice, type UndoSlice } from './undoSlice.js';
import { createWorkspacesSlice, type WorkspacesSlice } from './workspacesSlice.js';

export type CalepinState = StatusSlice &
  UiSlice &
  PostsSlice &
  FiltersSlice &
  EditorSlice &
  UndoSlice &
  LibrarySlice &
  RequestsSlice &
  ReviewSlice &
  SettingsSlice &
  WorkspacesSlice &
  CalendarSlice &
  ImportsSlice;

export type SliceCreator<T> = (deps: StoreDeps) => StateCreator<CalepinState, [], [], T>;

export type CalepinStore = StoreApi<CalepinState>;

export function createCalepinStore(deps: StoreDeps): CalepinStore {
  return createStore<CalepinState>()((...a) => ({
    ...createStatusSlice(deps)(...a),
    ...createUiSlice(deps)(...a),
    ...createPostsSlice(deps)(...a),
    ...createFiltersSlice(deps)(...a),
    ...createEditorSlice(deps)(...a),
    ...createUndoSlice(deps)(...a),
    ...createLibrarySlice(deps)(...a),
    ...createRequestsSlice(deps)(...a),
    ...createReviewSlice(deps)(...a),
    ...createSettingsSlice(deps)(...a),
    ...createWorkspacesSlice(deps)(...a),
    ...createCalendarSlice(deps)(...a),
    ...createImportsSlice(deps)(...a),
  }));
}
