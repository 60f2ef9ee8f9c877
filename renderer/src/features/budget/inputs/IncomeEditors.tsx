import { useTranslation } from 'react-i18next';
import {
  BUDGET_LIMITS as B,
  ONE_OFF_INCOME_KINDS,
  type BudgetSection,
} from '../../../../../preload/contract/budget-section';
import type { ExpectedIncome } from '../../../domain/applications/offers';
import { updateBudget } from '../../../state/budget-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { ListEditor } from './ListEditor';
import { OffersFromApplications } from './OffersFromApplications';

type OneOffIncome = BudgetSection['oneOffIncomes'][number];
type SideIncome = BudgetSection['sideIncomes'][number];
type NewIncome = BudgetSection['newIncomes'][number];

/** Hours a month of side work, only to multiply an hourly rate (not saved): at most ~90 a week. */
const SIDE_HOURS_A_MONTH = { min: 0, max: 400 };

export function OneOffIncomes() {
  const { t } = useTranslation();
  const { section, currency, money, typedMoney, typedDay, formatters } = useBudgetContext();
  return (
    <ListEditor<OneOffIncome>
      title={t('budget.oneOffIncomes.title')}
      addLabel={t('budget.oneOffIncomes.add')}
      empty={t('budget.oneOffIncomes.empty')}
      items={section.oneOffIncomes}
      max={B.oneOffIncomes}
      specs={[
        {
          key: 'kind',
          label: t('budget.oneOffIncomes.kind'),
          kind: 'select',
          options: ONE_OFF_INCOME_KINDS.map((k) => ({
            value: k,
            label: t(`budget.oneOffIncomes.kinds.${k}`),
          })),
        },
        { key: 'label', label: t('budget.oneOffIncomes.label'), kind: 'text', optional: true },
        { key: 'amount', label: t('budget.oneOffIncomes.amount', { currency }), kind: 'money' },
        { key: 'on', label: t('budget.oneOffIncomes.on'), kind: 'day' },
        {
          key: 'net',
          label: t('budget.netPercent'),
          kind: 'int',
          ...B.netPercent,
          hint: t('budget.netHint'),
        },
      ]}
      blank={{ kind: 'severance', label: '', amount: '', on: '', net: '100' }}
      nameOf={(i) => i.label || t(`budget.oneOffIncomes.kinds.${i.kind}`)}
      describe={(i) =>
        `${i.label || t(`budget.oneOffIncomes.kinds.${i.kind}`)}: ${money(i.amountMinor)}, ${formatters.day(i.on)}${i.netPercent < 100 ? ` (${t('budget.keeps', { percent: i.netPercent })})` : ''}`
      }
      toTyped={(i) => ({
        kind: i.kind,
        label: i.label,
        amount: typedMoney(i.amountMinor),
        on: typedDay(i.on),
        net: String(i.netPercent),
      })}
      idText={(v) => String(v.label || v.kind)}
      idFallback="income"
      fromRead={(v, id) => ({
        id,
        kind: v.kind as OneOffIncome['kind'],
        label: String(v.label),
        amountMinor: Number(v.amount),
        on: String(v.on),
        netPercent: Number(v.net),
      })}
      update={(change) => updateBudget((s) => ({ ...s, oneOffIncomes: change(s.oneOffIncomes) }))}
    />
  );
}

export function SideIncomes() {
  const { t } = useTranslation();
  const { section, currency, money, typedMoney, typedDay, formatters } = useBudgetContext();
  return (
    <ListEditor<SideIncome>
      title={t('budget.side.title')}
      addLabel={t('budget.side.add')}
      empty={t('budget.side.empty')}
      items={section.sideIncomes}
      max={B.sideIncomes}
      specs={[
        { key: 'label', label: t('budget.side.label'), kind: 'text' },
        {
          key: 'amount',
          label: t('budget.side.amount', { currency }),
          kind: 'money',
          hint: t('budget.side.amountHint'),
        },
        {
          key: 'hours',
          label: t('budget.side.hours'),
          kind: 'int',
          ...SIDE_HOURS_A_MONTH,
          hint: t('budget.side.hoursHint'),
        },
        { key: 'startsOn', label: t('budget.side.startsOn'), kind: 'day' },
        { key: 'endsOn', label: t('budget.side.endsOn'), kind: 'optional-day' },
        {
          key: 'net',
          label: t('budget.netPercent'),
          kind: 'int',
          ...B.netPercent,
          hint: t('budget.netHint'),
        },
      ]}
      blank={{ label: '', amount: '', hours: '0', startsOn: '', endsOn: '', net: '100' }}
      nameOf={(s) => s.label}
      describe={(s) =>
        `${s.label}: ${t('budget.perMonth', { amount: money(s.monthlyMinor) })}, ${formatters.day(s.startsOn)}${s.endsOn ? ` – ${formatters.day(s.endsOn)}` : ''}`
      }
      toTyped={(s) => ({
        label: s.label,
        amount: typedMoney(s.monthlyMinor),
        hours: '0',
        startsOn: typedDay(s.startsOn),
        endsOn: typedDay(s.endsOn),
        net: String(s.netPercent),
      })}
      idText={(v) => String(v.label)}
      idFallback="side"
      fromRead={(v, id) => ({
        id,
        label: String(v.label),
        // With hours, the amount is the hourly rate: hours × rate, in cents, is exact.
        monthlyMinor: Number(v.hours) > 0 ? Number(v.amount) * Number(v.hours) : Number(v.amount),
        startsOn: String(v.startsOn),
        endsOn: v.endsOn === null ? null : String(v.endsOn),
        netPercent: Number(v.net),
      })}
      update={(change) => updateBudget((s) => ({ ...s, sideIncomes: change(s.sideIncomes) }))}
    />
  );
}

export function NewIncomes({
  offers,
  profileHours,
}: {
  offers: readonly ExpectedIncome[];
  profileHours: number;
}) {
  const { t } = useTranslation();
  const { section, currency, money, typedMoney, typedDay, formatters } = useBudgetContext();
  return (
    <>
      <ListEditor<NewIncome>
        title={t('budget.newIncome.title')}
        addLabel={t('budget.newIncome.add')}
        empty={t('budget.newIncome.empty')}
        items={section.newIncomes}
        max={B.newIncomes}
        specs={[
          { key: 'label', label: t('budget.newIncome.label'), kind: 'text' },
          { key: 'amount', label: t('budget.newIncome.amount', { currency }), kind: 'money' },
          { key: 'startsOn', label: t('budget.newIncome.startsOn'), kind: 'day' },
          { key: 'likelihood', label: t('budget.newIncome.likelihood'), kind: 'int', ...B.percent },
        ]}
        blank={{ label: '', amount: '', startsOn: '', likelihood: '100' }}
        nameOf={(n) => n.label}
        describe={(n) =>
          t('budget.newIncome.row', {
            label: n.label,
            amount: money(n.monthlyMinor),
            date: formatters.day(n.startsOn),
            likelihood: n.likelihood,
          })
        }
        toTyped={(n) => ({
          label: n.label,
          amount: typedMoney(n.monthlyMinor),
          startsOn: typedDay(n.startsOn),
          likelihood: String(n.likelihood),
        })}
        idText={(v) => String(v.label)}
        idFallback="job"
        fromRead={(v, id) => ({
          id,
          label: String(v.label),
          monthlyMinor: Number(v.amount),
          startsOn: String(v.startsOn),
          likelihood: Number(v.likelihood),
        })}
        update={(change) => updateBudget((s) => ({ ...s, newIncomes: change(s.newIncomes) }))}
      />
      <OffersFromApplications offers={offers} profileHours={profileHours} />
    </>
  );
}
