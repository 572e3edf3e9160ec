import { createHighlightViaApi, createInterviewViaApi, createProjectViaApi, registerViaApi } from './api.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { LoginPage } from './pages/auth-pages.js';
import { InterviewsPage } from './pages/interviews-page.js';
import { ProjectOverviewPage } from './pages/project-overview-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { ApiTokensPage, MembersPage } from './pages/settings-pages.js';

test.describe('workspace settings', () => {
  test('an owner adds a colleague as viewer, who then sees the workspace read-only', async ({ page, request, newUserPage }) => {
    const owner = await registerViaApi(page.request, 'Owner');
    const viewer = await registerViaApi(request, 'Viewer');
    const project = await createProjectViaApi(page.request, owner, { name: 'Supplier onboarding', jobStatement: 'Onboard a new supplier' });
    const interview = await createInterviewViaApi(page.request, owner, project.id, {
      title: 'Interview with Kim',
      content: 'Interviewer: What takes longest?\nKim: Collecting bank details and tax forms from the supplier.',
    });
    await createHighlightViaApi(page.request, owner, interview.id, { start: 0, end: 32, note: 'Opening', newTags: ['onboarding'] });

    await test.step('the owner adds the viewer by email', async () => {
      const members = new MembersPage(page);
      await page.goto(`/w/${owner.workspace.id}/settings/members`);
      await expect(members.heading).toBeVisible();
      await members.addMember(viewer.email, 'Viewer');
      await expect(page.getByText(`${viewer.name} was added`)).toBeVisible();
      await expect(members.row(viewer.email).getByRole('combobox', { name: `Role of ${viewer.name}` })).toHaveValue('Viewer');
    });

    const viewerPage = await newUserPage();
    const shell = new AppShell(viewerPage);
    await test.step('the viewer logs in and opens the shared workspace', async () => {
      const login = new LoginPage(viewerPage);
      await login.goto();
      await login.logIn(viewer.email, viewer.password);
      await shell.switchWorkspace(owner.workspace.name);
      const projects = new ProjectsPage(viewerPage);
      await projects.expectLoaded();
      await expect(projects.projectLink('Supplier onboarding')).toBeVisible();
      await expect(projects.createButton).toHaveCount(0);
    });

    await test.step('project, interviews and reader have no write controls', async () => {
      await new ProjectsPage(viewerPage).projectLink('Supplier onboarding').click();
      const overview = new ProjectOverviewPage(viewerPage);
      await overview.expectLoaded('Supplier onboarding');
      await expect(overview.editName).toHaveCount(0);
      await expect(viewerPage.getByRole('button', { name: 'Delete project' })).toHaveCount(0);

      await shell.open('Interviews');
      const interviews = new InterviewsPage(viewerPage);
      await expect(interviews.interviewLink('Interview with Kim')).toBeVisible();
      await expect(interviews.uploadButton).toHaveCount(0);

      await interviews.interviewLink('Interview with Kim').click();
      const reader = new ReaderPage(viewerPage);
      await reader.expectLoaded('Interview with Kim');
      await expect(reader.highlights).toHaveCount(1);
      await expect(reader.deleteButton).toHaveCount(0);
      await expect(viewerPage.getByText('Select a passage to highlight it')).toHaveCount(0);
      await expect(reader.highlightsPanel.getByRole('button', { name: 'Delete highlight' })).toHaveCount(0);
      await expect(reader.highlightsPanel.getByRole('button', { name: 'Edit Note' })).toHaveCount(0);
    });

    await test.step('members and tags are read-only too', async () => {
      await shell.open('Members');
      await expect(viewerPage.getByText('Only owners can add members or change roles.')).toBeVisible();
      await expect(new MembersPage(viewerPage).addForm).toHaveCount(0);
      await expect(new MembersPage(viewerPage).row(owner.email)).toContainText('Owner');
      await shell.open('Projects');
      await new ProjectsPage(viewerPage).projectLink('Supplier onboarding').click();
      await shell.open('Tags');
      await expect(viewerPage.getByRole('link', { name: 'onboarding' })).toBeVisible();
      await expect(viewerPage.getByRole('form', { name: 'Create tag' })).toHaveCount(0);
    });
  });

  test('an API token is shown once, works as a bearer token and stops working when revoked', async ({ page, problems }) => {
    const owner = await registerViaApi(page.request, 'Token owner');
    problems.allow(401, /\/api\/v1\/workspaces$/);
    const tokens = new ApiTokensPage(page);
    const listWorkspaces = (secret: string) =>
      page.evaluate(async (bearer) => {
        const response = await fetch('/api/v1/workspaces', { headers: { authorization: `Bearer ${bearer}` }, credentials: 'omit' });
        return { status: response.status, body: (await response.json()) as { items?: { id: string }[] } };
      }, secret);

    await page.goto(`/w/${owner.workspace.id}/settings/tokens`);
    await expect(tokens.heading).toBeVisible();
    await expect(page.getByText('No API tokens')).toBeVisible();
    const secret = await tokens.createToken('BI export');
    await expect(tokens.row('BI export')).toContainText('read');
    await expect(tokens.row('BI export')).not.toContainText(secret);

    const answer = await listWorkspaces(secret);
    expect(answer.status).toBe(200);
    expect(answer.body.items?.map((workspace) => workspace.id)).toEqual([owner.workspace.id]);

    await tokens.dismissSecret();
    await page.reload();
    await expect(tokens.row('BI export')).toBeVisible();
    await expect(tokens.secret).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);

    await tokens.revoke('BI export');
    await expect(page.getByText('No API tokens')).toBeVisible();
    expect((await listWorkspaces(secret)).status).toBe(401);
  });
});
