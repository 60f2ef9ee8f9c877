/**
 * A change saved from outside the open form (a move sets the day applied and ends the next
 * action) must reach the form's fields, or its Save would write the old values back. Only
 * fields still showing the value saved before the change follow it; a field the user has
 * changed keeps what they typed. The next action and its due date go together (a date left
 * without its action fails the form's own check; a new action typed keeps the date shown). Lists (contacts, assessments) are the form's alone.
 */
import type { ApplicationFormValues } from './application-form-model';

type ScalarField = {
  [K in keyof ApplicationFormValues]: ApplicationFormValues[K] extends readonly unknown[] ? never : K;
}[keyof ApplicationFormValues];

export function fieldsToFollow(
  savedBefore: ApplicationFormValues,
  savedNow: ApplicationFormValues,
  onScreen: ApplicationFormValues,
): ScalarField[] {
  const scalars = (Object.keys(savedNow) as (keyof ApplicationFormValues)[]).filter(
    (name): name is ScalarField => !Array.isArray(savedNow[name]),
  );
  const follows = new Set(
    scalars.filter((name) => savedBefore[name] !== savedNow[name] && onScreen[name] === savedBefore[name]),
  );
  // The pair moves as one: a new action typed keeps its date; an ended one takes its date.
  if (follows.has('nextAction')) follows.add('nextActionDue');
  else follows.delete('nextActionDue');
  return [...follows];
}
