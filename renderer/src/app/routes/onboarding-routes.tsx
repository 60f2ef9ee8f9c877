/** First run only: its own chunk, so a returning user never downloads it. */
export { Onboarding } from '../../features/onboarding/Onboarding';
