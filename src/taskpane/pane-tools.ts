import type { Dispatch } from "react";
import type { Strings } from "./i18n";
import type { Action, PaneState } from "./state";

/**
 * What every handler hook of the pane needs. dispatch, stateRef and fail never change, so the hooks leave
 * them out of their dependency lists; t is the current language's strings.
 */
export interface PaneTools {
  t: Strings;
  /** The latest state, for handlers that finish after further renders. */
  stateRef: { readonly current: PaneState };
  dispatch: Dispatch<Action>;
  /** Shows an error in words. */
  fail: (text: string) => void;
}
