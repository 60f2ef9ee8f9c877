/** A form-level problem, announced as soon as it appears; renders nothing when there is none. */
export function FormProblem({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}
