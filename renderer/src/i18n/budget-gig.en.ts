/** English texts of the Budget's gig parts: the log's months, taxes and gig what-ifs. */
export const budgetGigEn = {
  title: 'Gig work in the budget',
  hint: 'From the first month you logged to last month, the work in your gig log replaces the side income you planned; from this month on, your plan counts. Each work day converts at the exchange rate in force that day.',
  empty: 'No gig work logged before this month.',
  openLog: 'Open the gig log',
  estimate: 'Estimates',
  month: 'Month',
  earned: 'Earned',
  gross: 'Gross ({{currency}})',
  net: 'Net, estimate ({{currency}})',
  benefit: 'Benefit that month',
  part: '{{own}} ≈ {{home}} at {{rate}} on {{date}}',
  datedAfter: 'no rate dated on or before the work: the earliest one stands in',
  missingRate: 'Pay in {{currency}} is left out: there is no exchange rate for it.',
  enterRate: 'Enter a rate in Money in and out',
  benefitPaid: '{{days}} days paid, {{net}} net',
  benefitWithout: 'without this work: {{days}} days, {{net}}',
  noBenefit: 'no ARE that month',
  runwayMoved_one:
    'With the work you logged, the money falls below your floor on {{to}} instead of {{from}}: {{count}} day later.',
  runwayMoved_other:
    'With the work you logged, the money falls below your floor on {{to}} instead of {{from}}: {{count}} days later.',
  runwayEarlier_one:
    'With the work you logged, the money falls below your floor on {{to}} instead of {{from}}: {{count}} day earlier.',
  runwayEarlier_other:
    'With the work you logged, the money falls below your floor on {{to}} instead of {{from}}: {{count}} days earlier.',
  runwayLasts: 'With the work you logged, the money now lasts the whole projection (instead of {{from}}).',
  runwayEnds: 'With the work you logged, the money now falls below your floor on {{to}}.',
  runwayNone: 'The work you logged does not move the runway.',
  runwayWhy: 'Days of benefit not paid for a month you worked stay in your claim, so it lasts longer.',
  taxes: {
    title: 'Taxes and social charges on gig income',
    hint: 'Before income tax. Each rate shows its source and the day it applies from; enter your own where yours differs.',
    frRegime: 'France, micro-entrepreneur: social charges on the turnover you cash.',
    usRegime: 'United States: self-employment tax (Schedule SE), set aside month by month.',
    noRegime: 'No tax rule is modelled for your country: the net shown is the gross.',
    activity: 'Micro-entrepreneur activity',
    activities: { bnc: 'Liberal services (BNC)', 'bic-services': 'Commercial services (BIC)' },
    withhold: 'Withhold 10 % federal tax from my unemployment benefits (Form W-4V)',
    withheldBenefit:
      'Each benefit payment of {{gross}} leaves {{net}} after the withholding you asked for: the budget counts {{net}}.',
    yearTax:
      'Self-employment tax on the months logged: {{tax}}. Quarterly estimated payments are due: {{due}}.',
    yearTaxNone: 'Self-employment tax on the months logged: {{tax}}. No quarterly payments needed yet.',
    paramLabel: '{{name}}: {{value}}',
    sourceLine: 'Source: {{source}}, from {{date}}.',
    parameter: 'Rate or amount',
    value: 'Your figure',
    valueHint: 'A percentage such as 25.6, or an amount for amounts. Empty: our figure.',
    toCheck: 'To check: read on a private guide only.',
    yours: 'yours',
    save: 'Save the tax settings',
    saved: 'Saved.',
    invalid: 'Enter a number such as 25.6, with at most two decimals.',
    sources: {
      bncServicesBasisPoints:
        'Décret n° 2025-943 du 8 sept. 2025, CSS art. D. 613-4 (service-public.fr F37353): other services (BNC), 25.6 %',
      bicServicesBasisPoints:
        'Décret n° 2025-943 du 8 sept. 2025, CSS art. D. 613-4 (service-public.fr F37353): commercial or craft services (BIC), 21.2 %',
      trainingBncBasisPoints:
        'Training contribution (CFP) 0.2 % for liberal work (devenirautoentrepreneur.com, 2026)',
      trainingBicBasisPoints:
        'Training contribution (CFP) 0.1 % for traders, 0.3 % for craftspeople (devenirautoentrepreneur.com, 2026)',
      netEarningsBasisPoints: 'irs.gov, Topic no. 554 Self-employment tax, and Schedule SE: 92.35 %',
      socialSecurityBasisPoints: 'irs.gov, Topic no. 554 Self-employment tax, and Schedule SE: 12.4 %',
      medicareBasisPoints: 'irs.gov, Topic no. 554 Self-employment tax, and Schedule SE: 2.9 %',
      minimumNetEarningsMinor: 'irs.gov, Topic no. 554 Self-employment tax, and Schedule SE: $400 or more',
      socialSecurityWageBaseMinor: 'ssa.gov, contribution and benefit base for 2026 ($184,500)',
      quarterlyThresholdMinor: 'irs.gov, Form 1040-ES (Estimated Tax for Individuals): $1,000 or more',
      unemploymentWithholdingBasisPoints:
        'irs.gov, Form W-4V and Topic no. 418 Unemployment compensation: 10 %',
    },
    params: {
      bncServicesBasisPoints: 'Social charges, liberal services (BNC)',
      bicServicesBasisPoints: 'Social charges, commercial services (BIC)',
      trainingBncBasisPoints: 'Training contribution, liberal services',
      trainingBicBasisPoints: 'Training contribution, commercial services',
      netEarningsBasisPoints: 'Share of net earnings taxed',
      socialSecurityBasisPoints: 'Social security',
      medicareBasisPoints: 'Medicare',
      minimumNetEarningsMinor: 'No tax below (a year)',
      socialSecurityWageBaseMinor: 'Social security wage base',
      quarterlyThresholdMinor: 'Quarterly payments from (tax a year)',
      unemploymentWithholdingBasisPoints: 'Withholding on unemployment benefits',
    },
  },
  volatility: {
    title: 'If gig work dries up',
    hint: 'One click shows a scenario beside the Baseline, from next month, using what {{platform}} paid you lately (about {{average}} a month).',
    noLog: 'Log some paid work in the gig log first: the scenarios start from what a platform paid you.',
    cutLabel: 'Rate cut (%)',
    weeksLabel: 'Empty weeks a month',
    projectEnds: 'Project ends early',
    rateCut: 'Rate cut by {{percent}} %',
    emptyWeeks_one: '{{count}} empty week a month',
    emptyWeeks_other: '{{count}} empty weeks a month',
    result_one:
      '{{name}}: −{{lost}} a month; the money falls below your floor on {{date}}, {{count}} day earlier than the Baseline.',
    result_other:
      '{{name}}: −{{lost}} a month; the money falls below your floor on {{date}}, {{count}} days earlier than the Baseline.',
    resultSame: '{{name}}: −{{lost}} a month; the runway does not move.',
    resultLasts: '{{name}}: −{{lost}} a month; the money still lasts the whole projection.',
    noPlan:
      '{{name}}: your budget plans no side income from {{date}}, so there is nothing to lose. Add it in Money in and out.',
    close: 'Close {{name}}',
    seeScenarios: 'See it among the scenarios',
  },
};
