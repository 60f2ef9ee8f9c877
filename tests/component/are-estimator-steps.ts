/** What a user types in the ARE estimator, shared by the ARE component suites. */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export const ARE_GROSS = 'Gross pay over the reference period (EUR)';

/** Opens the estimator and types a claim: two years worked, a contract ended on 30 June 2025. */
export async function typeAreClaim(user: UserEvent, claim: { gross: string; age: string }): Promise<void> {
  await user.click(screen.getByText('France: estimate your ARE'));
  await user.type(screen.getByLabelText(ARE_GROSS), claim.gross);
  await user.type(screen.getByLabelText('Days worked in it'), '730');
  await user.type(screen.getByLabelText('Age at the end of the contract'), claim.age);
  await user.type(screen.getByLabelText('Last day of the contract'), '30/06/2025');
}
