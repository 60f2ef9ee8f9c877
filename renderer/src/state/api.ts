/** The bridge, typed from the contract. Set by the preload (Electron) or the preview bridge. */
import type { PlannerApi } from '../../../preload/contract/channels';

declare global {
  interface Window {
    api: PlannerApi;
  }
}

export function plannerApi(): PlannerApi {
  return window.api;
}
