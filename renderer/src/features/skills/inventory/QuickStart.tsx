import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORMER_ROLES } from '../../../domain/catalogue/former-roles';
import { suggestFromRoles } from '../../../state/skills-store';

/** Former roles pre-fill suggestions; nothing is rated until the user confirms them. */
export function QuickStart({ language }: { language: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<string[]>([]);
  return (
    <section className="card" aria-labelledby="quick-start-title">
      <h2 id="quick-start-title">{t('skills.quickStart.title')}</h2>
      <p>{t('skills.quickStart.text')}</p>
      <fieldset className="checkbox-grid">
        <legend>{t('skills.quickStart.roles')}</legend>
        {FORMER_ROLES.map((role) => (
          <label key={role.id} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role.id)}
              onChange={(event) =>
                setRoles((current) =>
                  event.target.checked ? [...current, role.id] : current.filter((r) => r !== role.id),
                )
              }
            />
            {role.name[language]}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button primary"
        disabled={roles.length === 0}
        onClick={() => void suggestFromRoles(roles).then(() => setRoles([]))}
      >
        {t('skills.quickStart.suggest')}
      </button>
    </section>
  );
}
