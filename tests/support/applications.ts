import type { Application } from '../../preload/contract/applications-section';
import { BLANK_APPLICATION } from '../../renderer/src/domain/applications/new-application';

/** An application for tests: only what a case cares about needs saying. */
export function application(id: string, changes: Partial<Application> = {}): Application {
  return { ...BLANK_APPLICATION, id, organisation: 'Mercor', role: 'Clinical reviewer', ...changes };
}
