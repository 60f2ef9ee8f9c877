import { useTranslation } from 'react-i18next';
import type { Language, Profile } from '../../../../preload/contract/document';
import { SectionHeading } from '../../components/SectionHeading';
import { setLanguage, usePreferencesStore } from '../../state/preferences-store';
import { saveProfile, useProfileStore } from '../../state/profile-store';
import { ProfileForm } from './ProfileForm';

export function ProfileSection() {
  const { t } = useTranslation();
  const profile = useProfileStore((state) => state.profile);
  const language = usePreferencesStore((state) => state.language);
  if (!profile) return null;
  const save = async (next: Profile, chosen: Language) => {
    if (chosen !== language) await setLanguage(chosen);
    const result = await saveProfile(next);
    return result.ok ? null : result.error;
  };
  return (
    <>
      <SectionHeading title={t('profile.title')} intro={t('profile.intro')} />
      {/* Re-mount on language change so typed dates and amounts re-render in the new format. */}
      <ProfileForm
        key={language}
        profile={profile}
        language={language}
        submitLabel={t('profile.save')}
        savedMessage={t('profile.saved')}
        onSubmit={save}
      />
    </>
  );
}
