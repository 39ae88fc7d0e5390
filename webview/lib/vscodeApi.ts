/** The one handle on the VS Code webview API: messages to the extension and persisted state. */
import type { FromWebview, PanelState } from '../../src/protocol/panels';

interface WebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): WebviewApi;

// acquireVsCodeApi may be called only once per page.
const api = acquireVsCodeApi();

export function post(message: FromWebview): void {
  api.postMessage(message);
}

export function loadState(): Partial<PanelState> {
  const state = api.getState();
  return state && typeof state === 'object' ? (state as Partial<PanelState>) : {};
}

/** Merges `patch` into the saved state: it survives hiding the panel and reloading the window. */
export function saveState(patch: Partial<PanelState>): void {
  api.setState({ ...loadState(), ...patch });
}
