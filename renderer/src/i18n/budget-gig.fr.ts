/** Textes français des parties « petits boulots » du Budget. */
import type { budgetGigEn } from './budget-gig.en';

export const budgetGigFr: typeof budgetGigEn = {
  title: 'Missions en ligne dans le budget',
  hint: 'Du premier mois saisi au mois dernier, le travail de votre journal de missions remplace les revenus d’appoint prévus\u202f; à partir de ce mois-ci, votre prévision compte. Chaque jour de travail est converti au taux de change en vigueur ce jour-là.',
  empty: 'Aucune mission saisie avant ce mois-ci.',
  openLog: 'Ouvrir le journal de missions',
  estimate: 'Estimations',
  month: 'Mois',
  earned: 'Gagné',
  gross: 'Brut ({{currency}})',
  net: 'Net, estimation ({{currency}})',
  benefit: 'Allocation ce mois-là',
  part: '{{own}} ≈ {{home}} au taux de {{rate}} du {{date}}',
  datedAfter: 'aucun taux daté du jour du travail ou d’avant\u202f: le plus ancien est utilisé',
  missingRate: 'Le paiement en {{currency}} n’est pas compté\u202f: aucun taux de change n’est saisi.',
  enterRate: 'Saisir un taux dans Entrées et sorties',
  benefitPaid: '{{days}} jours payés, {{net}} net',
  benefitWithout: 'sans ce travail\u202f: {{days}} jours, {{net}}',
  noBenefit: 'pas d’ARE ce mois-là',
  runwayMoved_one:
    'Avec le travail saisi, l’argent passe sous votre plancher le {{to}} au lieu du {{from}}\u202f: {{count}} jour plus tard.',
  runwayMoved_other:
    'Avec le travail saisi, l’argent passe sous votre plancher le {{to}} au lieu du {{from}}\u202f: {{count}} jours plus tard.',
  runwayEarlier_one:
    'Avec le travail saisi, l’argent passe sous votre plancher le {{to}} au lieu du {{from}}\u202f: {{count}} jour plus tôt.',
  runwayEarlier_other:
    'Avec le travail saisi, l’argent passe sous votre plancher le {{to}} au lieu du {{from}}\u202f: {{count}} jours plus tôt.',
  runwayLasts: 'Avec le travail saisi, l’argent tient désormais toute la projection (au lieu du {{from}}).',
  runwayEnds: 'Avec le travail saisi, l’argent passe désormais sous votre plancher le {{to}}.',
  runwayNone: 'Le travail saisi ne déplace pas la date de fin.',
  runwayWhy:
    'Les jours d’allocation non versés un mois travaillé restent dans vos droits, qui durent donc plus longtemps.',
  taxes: {
    title: 'Impôts et cotisations sur les missions',
    hint: 'Avant impôt sur le revenu. Chaque taux indique sa source et sa date d’application\u202f; saisissez le vôtre s’il diffère.',
    frRegime: 'France, micro-entrepreneur\u202f: cotisations sociales sur le chiffre d’affaires encaissé.',
    usRegime: 'États-Unis\u202f: self-employment tax (Schedule SE), mise de côté mois par mois.',
    noRegime: 'Aucune règle fiscale n’est modélisée pour votre pays\u202f: le net affiché est le brut.',
    activity: 'Activité de micro-entrepreneur',
    activities: { bnc: 'Prestations libérales (BNC)', 'bic-services': 'Prestations commerciales (BIC)' },
    withhold: 'Retenir 10\u202f% d’impôt fédéral sur mes allocations chômage (formulaire W-4V)',
    withheldBenefit:
      'Chaque versement de {{gross}} laisse {{net}} après la retenue demandée\u202f: le budget compte {{net}}.',
    yearTax:
      'Self-employment tax sur les mois saisis\u202f: {{tax}}. Des acomptes trimestriels sont dus\u202f: {{due}}.',
    yearTaxNone: 'Self-employment tax sur les mois saisis\u202f: {{tax}}. Pas encore d’acompte trimestriel.',
    paramLabel: '{{name}}\u202f: {{value}}',
    sourceLine: 'Source\u202f: {{source}}, à partir du {{date}}.',
    parameter: 'Taux ou montant',
    value: 'Votre valeur',
    valueHint: 'Un pourcentage comme 25,6, ou un montant pour les montants. Vide\u202f: notre valeur.',
    toCheck: 'À vérifier\u202f: lu dans un guide privé seulement.',
    yours: 'la vôtre',
    save: 'Enregistrer les réglages fiscaux',
    saved: 'Enregistré.',
    invalid: 'Saisissez un nombre comme 25,6, avec deux décimales au plus.',
    sources: {
      bncServicesBasisPoints:
        'Décret n° 2025-943 du 8 sept. 2025, CSS art. D. 613-4 (service-public.fr F37353)\u202f: autres prestations de services (BNC), 25,6\u202f%',
      bicServicesBasisPoints:
        'Décret n° 2025-943 du 8 sept. 2025, CSS art. D. 613-4 (service-public.fr F37353)\u202f: prestations de services commerciales ou artisanales (BIC), 21,2\u202f%',
      trainingBncBasisPoints:
        'Contribution à la formation professionnelle (CFP) 0,2\u202f% pour les professions libérales (devenirautoentrepreneur.com, 2026)',
      trainingBicBasisPoints:
        'Contribution à la formation professionnelle (CFP) 0,1\u202f% pour les commerçants, 0,3\u202f% pour les artisans (devenirautoentrepreneur.com, 2026)',
      netEarningsBasisPoints:
        'irs.gov, fiche n° 554 sur la self-employment tax, et Schedule SE\u202f: 92,35\u202f%',
      socialSecurityBasisPoints:
        'irs.gov, fiche n° 554 sur la self-employment tax, et Schedule SE\u202f: 12,4\u202f%',
      medicareBasisPoints:
        'irs.gov, fiche n° 554 sur la self-employment tax, et Schedule SE\u202f: 2,9\u202f%',
      minimumNetEarningsMinor:
        'irs.gov, fiche n° 554 sur la self-employment tax, et Schedule SE\u202f: 400\u202f$ ou plus',
      socialSecurityWageBaseMinor: 'ssa.gov, plafond de cotisation pour 2026 (184\u202f500\u202f$)',
      quarterlyThresholdMinor:
        'irs.gov, formulaire 1040-ES (impôt estimé des particuliers)\u202f: 1\u202f000\u202f$ ou plus',
      unemploymentWithholdingBasisPoints:
        'irs.gov, formulaire W-4V et fiche n° 418 sur les allocations chômage\u202f: 10\u202f%',
    },
    params: {
      bncServicesBasisPoints: 'Cotisations, prestations libérales (BNC)',
      bicServicesBasisPoints: 'Cotisations, prestations commerciales (BIC)',
      trainingBncBasisPoints: 'Contribution à la formation, prestations libérales',
      trainingBicBasisPoints: 'Contribution à la formation, prestations commerciales',
      netEarningsBasisPoints: 'Part des gains nets imposée',
      socialSecurityBasisPoints: 'Cotisation retraite fédérale (Social Security)',
      medicareBasisPoints: 'Assurance maladie fédérale (Medicare)',
      minimumNetEarningsMinor: 'Pas d’impôt en dessous de (par an)',
      socialSecurityWageBaseMinor: 'Plafond de la social security',
      quarterlyThresholdMinor: 'Acomptes trimestriels à partir de (impôt annuel)',
      unemploymentWithholdingBasisPoints: 'Retenue sur les allocations chômage',
    },
  },
  volatility: {
    title: 'Si les missions se tarissent',
    hint: 'Un clic affiche un scénario à côté de celui de base, à partir du mois prochain, d’après ce que {{platform}} vous a versé récemment (environ {{average}} par mois).',
    noLog:
      'Saisissez d’abord du travail payé dans le journal de missions\u202f: les scénarios partent de ce qu’une plateforme vous a versé.',
    cutLabel: 'Baisse du tarif (%)',
    weeksLabel: 'Semaines sans travail par mois',
    projectEnds: 'Le projet s’arrête plus tôt',
    rateCut: 'Tarif baissé de {{percent}}\u202f%',
    emptyWeeks_one: '{{count}} semaine sans travail par mois',
    emptyWeeks_other: '{{count}} semaines sans travail par mois',
    result_one:
      '{{name}}\u202f: −{{lost}} par mois\u202f; l’argent passe sous votre plancher le {{date}}, {{count}} jour plus tôt que dans le scénario de base.',
    result_other:
      '{{name}}\u202f: −{{lost}} par mois\u202f; l’argent passe sous votre plancher le {{date}}, {{count}} jours plus tôt que dans le scénario de base.',
    resultSame: '{{name}}\u202f: −{{lost}} par mois\u202f; la date de fin ne bouge pas.',
    resultLasts: '{{name}}\u202f: −{{lost}} par mois\u202f; l’argent tient toujours toute la projection.',
    noPlan:
      '{{name}}\u202f: votre budget ne prévoit aucun revenu d’appoint à partir du {{date}}, il n’y a donc rien à perdre. Ajoutez-le dans Entrées et sorties.',
    close: 'Fermer {{name}}',
    seeScenarios: 'Voir parmi les scénarios',
  },
};
