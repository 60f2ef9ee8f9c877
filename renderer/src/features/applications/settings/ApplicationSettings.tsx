import { ReminderSettings } from './ReminderSettings';
import { StageSettings } from './StageSettings';

export function ApplicationSettings() {
  return (
    <>
      <StageSettings />
      <ReminderSettings />
    </>
  );
}
