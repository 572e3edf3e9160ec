import { Avatar, Button, Menu, Text } from '@mantine/core';
import type { User } from '@outcome-atlas/contracts';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useLogout } from '../api/logout';

type UserMenuProps = { user: User; onLoggedOut: () => void };

export function UserMenu({ user, onLoggedOut }: UserMenuProps) {
  const logout = useLogout();
  const initials = user.name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();

  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          aria-label="User menu"
          leftSection={<Avatar size="sm" radius="xl" color="teal">{initials}</Avatar>}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          <Text size="sm" visibleFrom="sm">
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate(undefined, { onSettled: onLoggedOut })}
        >
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
