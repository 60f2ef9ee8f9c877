/**
 * Adding a language pair: two languages from the catalogue's list, and not the same one twice
 * (the message sits on the second choice).
 */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../../../domain/catalogue/skills';

type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface LanguagePairValues {
  from: LanguageCode;
  to: LanguageCode;
}

export const firstLanguagePair = (): LanguagePairValues => ({ from: 'fr', to: 'en' });

const language = z.enum(LANGUAGE_CODES, { error: 'errors.required' });

export const languagePairSchema = z
  .object({ from: language, to: language })
  .refine((pair) => pair.from !== pair.to, { path: ['to'], message: 'skills.pairs.same' });
