/** English texts of the Gig work section (platforms, work log, payouts, screenings) and of the scam check. */
export const gigEn = {
  title: 'Gig work',
  intro:
    'Log your work on AI-tutor platforms, paid and unpaid, see what each one really pays per hour, and import payout statements.',
} as const;
