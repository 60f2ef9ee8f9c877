import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import type { TableQuery } from '../../../domain/applications/table-query';
import { useApplicationsStore } from '../../../state/applications-store';
import { useDomainOptions } from '../detail/use-domain-options';
import { useStageLabel } from '../use-stage-label';

export function TableFilters({
  query,
  onChange,
}: {
  query: TableQuery;
  onChange: (query: TableQuery) => void;
}) {
  const { t } = useTranslation();
  const stages = useApplicationsStore((state) => state.section.stages);
  const stageLabel = useStageLabel();
  const domains = useDomainOptions();
  return (
    <div className="inline-fields" role="search">
      <Field compact label={t('applications.table.search')} hint={t('applications.table.searchHint')}>
        <input
          type="search"
          value={query.search}
          maxLength={200}
          onChange={(e) => onChange({ ...query, search: e.target.value })}
        />
      </Field>
      <Field compact label={t('applications.table.stage')}>
        <select
          value={query.stageId ?? ''}
          onChange={(e) => onChange({ ...query, stageId: e.target.value || null })}
        >
          <option value="">{t('applications.table.any')}</option>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stageLabel(stage.id)}
            </option>
          ))}
        </select>
      </Field>
      <Field compact label={t('applications.table.domain')}>
        <select
          value={query.domainId ?? ''}
          onChange={(e) => onChange({ ...query, domainId: e.target.value || null })}
        >
          <option value="">{t('applications.table.any')}</option>
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
