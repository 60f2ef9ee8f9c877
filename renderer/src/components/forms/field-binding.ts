import type { UseFormRegisterReturn } from 'react-hook-form';

/** A shared field is bound to react-hook-form (`registration`) or controlled (`value`, `onChange`). */
export type FieldBinding =
  | { registration: UseFormRegisterReturn; value?: never; onChange?: never }
  | { registration?: never; value: string; onChange: (text: string) => void };

/** The props to spread on the <input> or <select> for either binding. */
export function bindingProps(binding: FieldBinding) {
  return binding.registration
    ? binding.registration
    : {
        value: binding.value,
        onChange: (event: { target: { value: string } }) => binding.onChange(event.target.value),
      };
}
