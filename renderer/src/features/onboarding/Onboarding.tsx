import { useTranslation } from 'react-i18next';
import type { Language, Profile } from '../../../../preload/contract/document';
import { switchLanguage } from '../../i18n/i18n';
import { setLanguage, usePreferencesStore } from '../../state/preferences-store';
import { requireProfile, saveProfile } from '../../state/profile-store';
import { ProfileForm } from '../profile/ProfileForm';
import { StorageNotices } from '../../components/StorageNotices';
import { RestoreCard } from '../export/RestoreCard';

/** First run: records the situation everything else is planned from. */
export function Onboarding() {
  const { t } = useTranslation();
  const language = usePreferencesStore((state) => state.language);
  const finish = async (profile: Profile, chosen: Language) => {
    await setLanguage(chosen);
    const result = await saveProfile({ ...profile, onboardedAt: new Date().toISOString() });
    return result.ok ? null : result.error;
  };
  return (
    <main id="main-content" className="onboarding" aria-labelledby="onboarding-title">
      <StorageNotices />
      <header className="section-heading">
        <p className="brand-name">{t('app.name')}</p>
        <h1 id="onboarding-title">{t('onboarding.title')}</h1>
        <p className="section-intro">{t('onboarding.intro')}</p>
      </header>
      <ProfileForm
        profile={requireProfile()}
        language={language}
        submitLabel={t('onboarding.submit')}
        onSubmit={finish}
        onLanguagePreview={(preview) => void switchLanguage(preview)}
      />
      {/* Someone moving to a new computer starts from their backup instead. */}
      <RestoreCard />
    </main>
  );
}
