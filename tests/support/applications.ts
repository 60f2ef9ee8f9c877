import type { Application } from '../../preload/contract/applications-section';

/** An application for tests: only what a case cares about needs saying. */
export function application(id: string, changes: Partial<Application> = {}): Application {
  return {
    id,
    organisation: 'Mercor',
    role: 'Clinical reviewer',
    domainId: null,
    source: '',
    link: '',
    pay: null,
    contract: 'freelance',
    location: '',
    remote: true,
    foundOn: null,
    appliedOn: null,
    deadline: null,
    stageId: 'saved',
    history: [],
    nextAction: '',
    nextActionDue: null,
    contacts: [],
    assessments: [],
    resumeVersion: '',
    notes: '',
    tags: [],
    expectedStart: null,
    likelihood: null,
    ...changes,
  };
}
