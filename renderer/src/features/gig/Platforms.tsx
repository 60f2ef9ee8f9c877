import { useTranslation } from 'react-i18next';
import { GIG_LIMITS } from '../../../../preload/contract/gig-section';
import { addPlatform, roomFor } from '../../domain/gig/gig-log';
import { updateGig } from '../../state/gig-store';
import { blankPlatform } from './platform-form-model';
import { PlatformForm } from './PlatformForm';
import { PlatformRow } from './PlatformRow';
import type { GigContext } from './use-gig-context';

/** The platforms the user works on: add one with its currency, rename it, remove it. */
export function Platforms({ context }: { context: GigContext }) {
  const { t } = useTranslation();
  const { section } = context;
  return (
    <section className="card" aria-labelledby="gig-platforms">
      <h2 id="gig-platforms">{t('gig.platforms.title')}</h2>
      <p className="muted-text">{t('gig.platforms.intro')}</p>
      {section.platforms.length === 0 ? <p>{t('gig.platforms.empty')}</p> : null}
      <ul className="budget-list">
        {section.platforms.map((platform) => (
          <PlatformRow key={platform.id} platform={platform} />
        ))}
      </ul>
      {roomFor(section, 'platforms') > 0 ? (
        <PlatformForm
          initial={blankPlatform()}
          editingId={null}
          submitLabel={t('gig.platforms.add')}
          onSave={(values) => updateGig((s) => addPlatform(s, values.name, values.currency))}
        />
      ) : (
        <p>{t('gig.platforms.full', { max: GIG_LIMITS.platforms })}</p>
      )}
    </section>
  );
}
