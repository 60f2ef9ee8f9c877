import { create } from 'zustand';
import type { Profile } from '../../../preload/contract/document';
import type { Result } from '../../../preload/contract/result';
import type { SaveReceipt } from '../../../preload/contract/channels';
import { persistSection } from './persist';

interface ProfileState {
  profile: Profile | null;
}

export const useProfileStore = create<ProfileState>(() => ({ profile: null }));

/** Keeps the screen and the file in step: the store only changes once main accepted it. */
export async function saveProfile(profile: Profile): Promise<Result<SaveReceipt>> {
  const result = await persistSection({ section: 'profile', value: profile });
  if (result.ok) useProfileStore.setState({ profile });
  return result;
}

export function requireProfile(): Profile {
  const { profile } = useProfileStore.getState();
  if (!profile) throw new Error('profile read before hydration');
  return profile;
}
