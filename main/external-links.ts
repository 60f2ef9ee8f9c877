/**
 * The one gate for links that leave the app. Only http(s) URLs to hosts we chose (official
 * simulators and public sources the app cites) are handed to the OS browser. Parsed with
 * URL, never matched with a regex or substring.
 */
export const EXTERNAL_LINK_HOSTS = [
  'francetravail.fr',
  'unedic.org',
  'service-public.fr',
  'mon-cpf.gouv.fr',
  'careeronestop.org',
  'dol.gov',
  'onetonline.org',
  'canada.ca',
  'gov.uk',
  'esco.ec.europa.eu',
  'jsonresume.org',
  // Where the scam check sends people to report (renderer/src/domain/gig/scam-check.ts).
  'ftc.gov',
  'internet-signalement.gouv.fr',
  'cybermalveillance.gouv.fr',
] as const;

export function isAllowedExternalUrl(
  candidate: string,
  hosts: readonly string[] = EXTERNAL_LINK_HOSTS,
): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
