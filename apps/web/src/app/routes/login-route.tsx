import { Anchor } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '../../components/auth-card';
import { paths, safeNextPath } from '../../config/paths';
import { LoginForm } from '../../features/auth/components/login-form';
import { usePageTitle } from '../layout/page-title';

export function LoginRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  usePageTitle('Log in');
  return (
    <AuthCard
      title="Log in"
      subtitle="Your interviews, highlights and tags, in one place."
      footer={
        <>
          New here?{' '}
          <Anchor component={Link} to={paths.register}>
            Create an account
          </Anchor>
        </>
      }
    >
      <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
    </AuthCard>
  );
}
