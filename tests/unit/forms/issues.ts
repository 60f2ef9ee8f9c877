import { readFormMessage } from '../../../renderer/src/domain/forms/form-message';

/** A schema's issues as [field path, { i18n key, values }], the way the form shows them. */
export function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => [issue.path.join('.'), readFormMessage(issue.message)]) ?? [];
}
