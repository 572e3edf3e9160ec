import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { loginRequestSchema } from '@outcome-atlas/contracts';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useLogin } from '../api/login';

type LoginFormProps = { onSuccess: () => void };

export function LoginForm({ onSuccess }: LoginFormProps) {
  const login = useLogin();
  const form = useForm({ resolver: contractResolver(loginRequestSchema), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await login.mutateAsync(values);
      onSuccess();
    } catch (error) {
      applyServerErrors(error, form.setError, ['email', 'password']);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Log in">
      <Stack>
        <TextInput label="Email" type="email" autoComplete="email" required {...form.register('email')} error={errors.email?.message} />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.register('password')} error={errors.password?.message} />
        {errors.root?.server ? (
          <Alert color="red" variant="light" role="alert">
            {errors.root.server.message}
          </Alert>
        ) : null}
        <Button type="submit" loading={isSubmitting} fullWidth>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
