import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { registerRequestSchema, type RegisterResponse } from '@outcome-atlas/contracts';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useRegister } from '../api/register';

type RegisterFormProps = { onSuccess: (result: RegisterResponse) => void };

export function RegisterForm({ onSuccess }: RegisterFormProps) {
  const register = useRegister();
  const form = useForm({ resolver: contractResolver(registerRequestSchema), defaultValues: { name: '', email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      onSuccess(await register.mutateAsync(values));
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'email', 'password']);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Register">
      <Stack>
        <TextInput label="Name" autoComplete="name" required {...form.register('name')} error={errors.name?.message} />
        <TextInput label="Email" type="email" autoComplete="email" required {...form.register('email')} error={errors.email?.message} />
        <PasswordInput
          label="Password"
          description="At least 10 characters"
          autoComplete="new-password"
          required
          {...form.register('password')}
          error={errors.password?.message}
        />
        {errors.root?.server ? (
          <Alert color="red" variant="light" role="alert">
            {errors.root.server.message}
          </Alert>
        ) : null}
        <Button type="submit" loading={isSubmitting} fullWidth>
          Register
        </Button>
      </Stack>
    </form>
  );
}
