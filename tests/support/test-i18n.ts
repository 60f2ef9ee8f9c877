/** An i18next instance with both languages, for building worded output under Node. */
import i18next, { type i18n } from 'i18next';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { interpolationOptions, numberInterpolation } from '../../renderer/src/i18n/number-interpolation';

export const testI18n: i18n = i18next.createInstance().use(numberInterpolation);
await testI18n.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  fallbackLng: false,
  interpolation: interpolationOptions,
});
