import { endpoints, type InterviewDetail, type InterviewListItem, type InterviewSummary, type Page, type Project } from '@outcome-atlas/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSuccess } from '../support/http-client.js';
import { buildDocx, uploadTranscript, type UploadFile } from '../support/uploads.js';
import { registerUser, sharedClient, type RegisteredUser } from '../support/users.js';

const client = sharedClient();

type Expected = { speaker: string | null; text: string; startMs?: number | null; endMs?: number | null };

const BOM = [0xef, 0xbb, 0xbf];

const FILES: [string, UploadFile & { format: string }, Expected[]][] = [
  [
    'plain text (.txt)',
    { filename: 'interview-txt.txt', format: 'txt', bytes: 'Interviewer: How do you close the month?\nP1: It takes me two days.\nI match every invoice by hand.\n' },
    [
      { speaker: 'Interviewer', text: 'How do you close the month?' },
      { speaker: 'P1', text: 'It takes me two days. I match every invoice by hand.' },
    ],
  ],
  [
    'UTF-8 BOM and CRLF line ends (.txt)',
    { filename: 'windows.txt', format: 'txt', bytes: new Uint8Array([...BOM, ...new TextEncoder().encode('Interviewer: Any workarounds?\r\nP2: A macro, café-style – ünïcode.\r\n\r\nP2: And sticky notes.\r\n')]) },
    [
      { speaker: 'Interviewer', text: 'Any workarounds?' },
      { speaker: 'P2', text: 'A macro, café-style – ünïcode.' },
      { speaker: 'P2', text: 'And sticky notes.' },
    ],
  ],
  [
    'markdown (.md)',
    { filename: 'interview-md.md', format: 'md', bytes: '# Interview 3\n\n**Interviewer:** What is the hardest part?\n\n**P3:** Chasing *missing* receipts.\n' },
    [
      { speaker: 'Interviewer', text: 'What is the hardest part?' },
      { speaker: 'P3', text: 'Chasing *missing* receipts.' },
    ],
  ],
  [
    'WebVTT (.vtt)',
    {
      filename: 'interview-vtt.vtt',
      format: 'vtt',
      bytes:
        'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam>How do you close the month?</v>\n\n' +
        '00:00:04.500 --> 00:00:09.000\n<v Ana>It takes two days.\n\n00:00:09.000 --> 00:00:12.000\n<v Ana>Mostly matching invoices.\n',
    },
    [
      { speaker: 'Sam', text: 'How do you close the month?', startMs: 1000, endMs: 4000 },
      { speaker: 'Ana', text: 'It takes two days. Mostly matching invoices.', startMs: 4500, endMs: 12000 },
    ],
  ],
  [
    'SubRip (.srt)',
    {
      filename: 'interview-srt.srt',
      format: 'srt',
      bytes: '1\n00:00:01,000 --> 00:00:03,500\nSam: Where do delays start?\n\n2\n00:00:03,600 --> 00:00:07,000\nAna: At approvals.\n',
    },
    [
      { speaker: 'Sam', text: 'Where do delays start?', startMs: 1000, endMs: 3500 },
      { speaker: 'Ana', text: 'At approvals.', startMs: 3600, endMs: 7000 },
    ],
  ],
  [
    'Word (.docx, a minimal document built in the test)',
    { filename: 'interview-docx.docx', format: 'docx', bytes: buildDocx(['Interviewer: What tools do you use?', 'P4: Excel & email <mostly>.']) },
    [
      { speaker: 'Interviewer', text: 'What tools do you use?' },
      { speaker: 'P4', text: 'Excel & email <mostly>.' },
    ],
  ],
];

describe('transcript uploads in every supported format', () => {
  let user: RegisteredUser;
  let projectId: string;

  beforeAll(async () => {
    user = await registerUser(client, 'Format Tester');
    const project = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Formats' } });
    projectId = expectSuccess<Project>(project, endpoints.createProject).id;
  });

  async function upload(file: UploadFile): Promise<InterviewDetail> {
    const summary = expectSuccess<InterviewSummary>(await uploadTranscript(client, user.token, projectId, file), endpoints.createInterview);
    return expectSuccess<InterviewDetail>(await client.call(endpoints.getInterview, { auth: user.token, params: { interviewId: summary.id } }), endpoints.getInterview);
  }

  it.each(FILES)('%s parses into utterances whose offsets slice the transcript', async (_label, file, expected) => {
    const interview = await upload(file);
    expect(interview.format).toBe(file.format);
    expect(interview.title).toBe(file.filename.replace(/\.[^.]+$/, ''));
    const actual = interview.utterances.map((utterance) => ({
      speaker: utterance.speaker,
      text: interview.transcript.slice(utterance.start, utterance.end),
      ...(expected[0]?.startMs === undefined ? {} : { startMs: utterance.startMs, endMs: utterance.endMs }),
    }));
    expect(actual).toEqual(expected);
    expect(interview.transcript).toBe(expected.map((utterance) => utterance.text).join('\n\n'));
    expect(interview.transcript).not.toMatch(/[\uFEFF\r]/);
    expect(interview.utteranceCount).toBe(expected.length);
  });

  it('the metadata part sets title, participant and date of an upload', async () => {
    const interview = await upload({
      filename: 'with-metadata.txt',
      bytes: 'Interviewer: Tell me about last month.\nP5: It was chaos.',
      metadata: { title: 'Interview with P5', participant: { pseudonym: 'P5', attributes: { team: 'AP' } }, interviewDate: '2026-10-01', language: 'de-CH', interviewer: 'Sam' },
    });
    expect(interview).toMatchObject({
      title: 'Interview with P5',
      participant: { pseudonym: 'P5', personaId: null, attributes: { team: 'AP' } },
      interviewDate: '2026-10-01',
      language: 'de-CH',
      interviewer: 'Sam',
    });
  });

  it('uploaded interviews are found by full-text search with a snippet', async () => {
    const page = expectSuccess<Page<InterviewListItem>>(await client.call(endpoints.listInterviews, { auth: user.token, params: { projectId }, query: { q: 'receipts' } }), endpoints.listInterviews);
    expect(page.items.map((item) => item.title)).toEqual(['interview-md']);
    expect(page.items[0]?.snippet?.text).toContain('receipts');
  });
});
