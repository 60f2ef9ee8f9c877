import type { Application } from '../../../../preload/contract/applications-section';
import { moveToStage } from './stages';
import { uniqueId } from '../unique-id';

/** What the form edits: everything but the id, the stage history (moves own it) and the ticked scam signs. */
export type ApplicationFields = Omit<Application, 'id' | 'stageId' | 'history' | 'scamSigns'>;

export const BLANK_APPLICATION: Application = {
  id: 'new',
  organisation: '',
  role: '',
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
  scamSigns: [],
};

/** A new application from the form: already sent if it has an applied date, else saved for later. */
export function newApplication(fields: ApplicationFields, taken: ReadonlySet<string>): Application {
  const saved: Application = {
    ...BLANK_APPLICATION,
    ...fields,
    id: uniqueId(fields.organisation, taken, 'application'),
  };
  return fields.appliedOn === null ? saved : moveToStage(saved, 'applied', fields.appliedOn);
}
