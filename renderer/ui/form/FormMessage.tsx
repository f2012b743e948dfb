import { Alert } from '@mui/material';

/** The form-level message of a form of the case or 8D page (field messages stay at their fields). */
export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mt: 1 }}>
      {message}
    </Alert>
  );
}
