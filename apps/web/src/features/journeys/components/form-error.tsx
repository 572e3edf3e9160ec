import { Alert } from '@mantine/core';

/** The server's answer that no single field owns (e.g. "journey not found"), above the buttons. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  );
}
