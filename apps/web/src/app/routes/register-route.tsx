import { Anchor } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { AuthCard } from '../../components/auth-card';
import { paths } from '../../config/paths';
import { writeLastWorkspaceId } from '../../config/storage';
import { RegisterForm } from '../../features/auth/components/register-form';
import { usePageTitle } from '../layout/page-title';

export function RegisterRoute() {
  const navigate = useNavigate();
  usePageTitle('Create your account');
  return (
    <AuthCard
      title="Create your account"
      subtitle="You get a workspace of your own; invite your team later."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to={paths.login()}>
            Log in
          </Anchor>
        </>
      }
    >
      <RegisterForm
        onSuccess={({ workspace }) => {
          writeLastWorkspaceId(workspace.id);
          void navigate(paths.workspace(workspace.id), { replace: true });
        }}
      />
    </AuthCard>
  );
}
