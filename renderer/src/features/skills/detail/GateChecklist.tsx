import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedGate } from '../../../domain/matching/resolve-domains';
import { gateKey } from '../../../domain/matching/score';
import { setGateMet } from '../../../state/skills-store';

function GateRow({ domainId, gate, met }: { domainId: string; gate: ResolvedGate; met: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={`gate gate-${gate.kind}`}>
      <input
        id={id}
        type="checkbox"
        checked={met}
        onChange={(event) => void setGateMet(gateKey(domainId, gate.id), event.target.checked)}
      />
      <label htmlFor={id}>{t('skills.detail.gateMet', { gate: gate.label })}</label>
      <span className="badge">
        {gate.kind === 'hard' ? t('skills.detail.hard') : t('skills.detail.soft')}
      </span>
    </li>
  );
}

/** Credential gates stand beside the score: the user ticks the ones they already hold. */
export function GateChecklist(props: {
  domainId: string;
  gates: ResolvedGate[];
  gatesMet: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  if (props.gates.length === 0) return null;
  return (
    <section aria-labelledby="gates-title">
      <h2 id="gates-title">{t('skills.detail.gates')}</h2>
      <ul className="plain-list">
        {props.gates.map((gate) => (
          <GateRow
            key={gate.id}
            domainId={props.domainId}
            gate={gate}
            met={props.gatesMet.has(gateKey(props.domainId, gate.id))}
          />
        ))}
      </ul>
    </section>
  );
}
