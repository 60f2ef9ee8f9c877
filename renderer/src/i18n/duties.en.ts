/** English texts of the Claimant duties section (France's actualisation and activity hours, US weekly work search) and Today's reminders. */
export const dutiesEn = {
  title: 'Claimant duties',
  intro: 'What your unemployment office asks of you each week or month, worked out from what you logged.',
} as const;
