import { useState } from 'react';
import { format } from 'date-fns';

/** Today as an ISO day, fixed for the life of the screen so a render never straddles midnight. */
export function useToday(): string {
  const [today] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  return today;
}
