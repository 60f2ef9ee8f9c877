/** Formatting that follows the interface language and the profile's country together. */
import { formattersFor, type Formatters } from '../domain/formatters';
import { usePreferencesStore } from '../state/preferences-store';
import { useProfileStore } from '../state/profile-store';

export { formattersFor, type Formatters } from '../domain/formatters';

export function useFormatters(): Formatters {
  const language = usePreferencesStore((state) => state.language);
  const country = useProfileStore((state) => state.profile?.country ?? 'US');
  return formattersFor(language, country);
}
