import { endpoints, type OpportunityBacklog, type Outcome, type Project, type Respondent, type Segmentation } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { expectSuccess } from '../support/http-client.js';
import { registerUser, sharedClient } from '../support/users.js';

/**
 * Outcome-based segmentation in the built app, where the clustering runs on a worker thread: two planted
 * groups of respondents (opposite unmet needs) come back as the two segments, each saved as a filter.
 */
describe('outcome-based segmentation over HTTP', () => {
  const client = sharedClient();

  it('finds planted segments on a worker thread and saves each one as a backlog filter', async () => {
    const owner = await registerUser(client, 'Segment Owner');
    const auth = owner.token;
    const project = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth, params: { workspaceId: owner.workspace.id }, json: { name: 'Segments' } }),
      endpoints.createProject,
    );
    const outcomes: Outcome[] = [];
    for (let k = 1; k <= 8; k += 1) {
      const statement = `Minimize the time it takes to approve invoice batch ${k}`;
      outcomes.push(expectSuccess<Outcome>(await client.call(endpoints.createOutcome, { auth, params: { projectId: project.id }, json: { statement } }), endpoints.createOutcome));
    }
    const ids = outcomes.map((outcome) => outcome.id);
    expectSuccess(await client.call(endpoints.bulkUpdateOutcomes, { auth, params: { projectId: project.id }, json: { action: 'accept', ids } }), endpoints.bulkUpdateOutcomes);
    const respondents: Respondent[] = [];
    for (let i = 1; i <= 30; i += 1) {
      respondents.push(
        expectSuccess<Respondent>(await client.call(endpoints.createRespondent, { auth, params: { projectId: project.id }, json: { externalId: `R${i}` } }), endpoints.createRespondent),
      );
    }
    // Group A (the first 12) is underserved on the first four outcomes and served on the rest; group B the other way round.
    const inA = (r: number) => r < 12;
    const ratings = respondents.flatMap((respondent, r) =>
      outcomes.map((outcome, o) => {
        const unmet = inA(r) === o < 4;
        return { respondentId: respondent.id, outcomeId: outcome.id, importance: unmet ? 5 : 2, satisfaction: unmet ? 1 : 5 };
      }),
    );
    expectSuccess(await client.call(endpoints.upsertRatings, { auth, params: { projectId: project.id }, json: { source: 'survey', ratings } }), endpoints.upsertRatings);

    const segmentation = expectSuccess<Segmentation>(
      await client.call(endpoints.createSegmentation, { auth, params: { projectId: project.id }, json: { name: 'Unmet needs', seed: 7 } }),
      endpoints.createSegmentation,
    );
    expect(segmentation).toMatchObject({ k: 2, chosenBy: 'silhouette', respondents: 30, outcomes: 8 });
    expect(segmentation.silhouette).toBeGreaterThan(0.5);
    expect(segmentation.segments.map((segment) => segment.size).sort((a, b) => a - b)).toEqual([12, 18]);

    const small = segmentation.segments.find((segment) => segment.size === 12)!;
    expect(small.topOpportunities.slice(0, 4).map((top) => top.outcomeId).sort()).toEqual(ids.slice(0, 4).sort());
    const backlog = expectSuccess<OpportunityBacklog>(
      await client.call(endpoints.listOpportunities, { auth, params: { projectId: project.id }, query: { segment: small.filter } }),
      endpoints.listOpportunities,
    );
    expect(backlog.respondents).toBe(12);
    expect(backlog.items.slice(0, 4).map((item) => item.outcomeId).sort()).toEqual(ids.slice(0, 4).sort());
  });
});
