import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slugify } from '../../../domain/slug';
import { addCustomSkill, setLevel } from '../../../state/skills-store';
import { FormProblem } from '../../../components/FormProblem';

/** A skill the catalogue does not have, kept under the user's own name for it. */
export function OwnSkillForm({ existingIds }: { existingIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = async () => {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 80) return setProblem(t('skills.own.invalid'));
    const slug = slugify(trimmed).slice(0, 50);
    let skillId = `own-${slug || 'skill'}`;
    for (let n = 2; existingIds.has(skillId); n += 1) skillId = `own-${slug || 'skill'}-${n}`;
    setProblem(null);
    const error = (await addCustomSkill(skillId, trimmed)) ?? (await setLevel(skillId, 2));
    if (error) setProblem(error.message);
    else setName('');
  };
  return (
    <section className="card" aria-labelledby="own-title">
      <h2 id="own-title">{t('skills.own.title')}</h2>
      <div className="inline-fields">
        <div className="field compact">
          <label htmlFor={id}>{t('skills.own.name')}</label>
          <input id={id} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="button" className="button secondary" onClick={() => void add()}>
          {t('skills.own.add')}
        </button>
      </div>
      <FormProblem message={problem} />
    </section>
  );
}
