import { endpoints, type ErrorBody, type Health, type InterviewListItem, type InterviewSummary, type Page, type Project } from '@outcome-atlas/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectSuccess } from '../support/http-client.js';
import { uploadTranscript, type UploadFile } from '../support/uploads.js';
import { registerUser, sharedClient, type RegisteredUser } from '../support/users.js';

const client = sharedClient();
const encode = (text: string) => new TextEncoder().encode(text);

describe('bad transcript uploads are refused and store nothing', () => {
  let user: RegisteredUser;
  let projectId: string;

  beforeAll(async () => {
    user = await registerUser(client, 'Uploader');
    const project = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Uploads' } });
    projectId = expectSuccess<Project>(project, endpoints.createProject).id;
  });

  async function interviewCount(): Promise<number> {
    const page = expectSuccess<Page<InterviewListItem>>(await client.call(endpoints.listInterviews, { auth: user.token, params: { projectId }, query: { limit: 200 } }), endpoints.listInterviews);
    return page.items.length;
  }

  /** Uploads, expects the error, and checks that the project has exactly as many interviews as before. */
  async function refused(file: UploadFile, status: number, code?: string): Promise<ErrorBody['error']> {
    const before = await interviewCount();
    const error = expectError(await uploadTranscript(client, user.token, projectId, file), status, code);
    expect(await interviewCount()).toBe(before);
    return error;
  }

  it('an empty file answers 422 TRANSCRIPT_EMPTY', async () => {
    await refused({ filename: 'empty.txt', bytes: new Uint8Array() }, 422, 'TRANSCRIPT_EMPTY');
  });

  it('a file of blank lines answers 422 TRANSCRIPT_EMPTY', async () => {
    await refused({ filename: 'blank.txt', bytes: ' \n\r\n\t\n' }, 422, 'TRANSCRIPT_EMPTY');
  });

  it('a PNG renamed .txt (header and NUL bytes) answers 422', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array<number>(512).fill(0)]);
    const error = await refused({ filename: 'photo.txt', bytes: png }, 422);
    expect(['INVALID_ENCODING', 'TRANSCRIPT_BINARY']).toContain(error.code);
  });

  it('valid UTF-8 full of NUL bytes answers 422 TRANSCRIPT_BINARY', async () => {
    const bytes = new Uint8Array([...encode('IHDR'), ...new Array<number>(256).fill(0), ...encode('IEND')]);
    await refused({ filename: 'dump.md', bytes }, 422, 'TRANSCRIPT_BINARY');
  });

  it('invalid UTF-8 (0xC3 0x28) answers 422 INVALID_ENCODING', async () => {
    const bytes = new Uint8Array([...encode('Interviewer: caf'), 0xc3, 0x28, ...encode('\nP1: yes')]);
    const error = await refused({ filename: 'latin.txt', bytes }, 422, 'INVALID_ENCODING');
    expect(error.message).toContain('latin.txt');
  });

  it('a 20 MB file answers 413 FILE_TOO_LARGE and the server stays healthy', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    await refused({ filename: 'huge.txt', bytes }, 413, 'FILE_TOO_LARGE');
    const health = await client.call(endpoints.health);
    expect(expectSuccess<Health>(health, endpoints.health).status).toBe('ok');
    expectSuccess(await uploadTranscript(client, user.token, projectId, { filename: 'after-huge.txt', bytes: 'P1: Still working after a huge upload.' }), endpoints.createInterview);
  });

  it.each([
    ['document.pdf', encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
    ['setup.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])],
    ['notes', encode('P1: no extension at all')],
  ])('%s answers 415 UNSUPPORTED_FILE_TYPE', async (filename, bytes) => {
    const error = await refused({ filename, bytes }, 415, 'UNSUPPORTED_FILE_TYPE');
    expect(error.message).toContain(filename);
  });

  it('a .docx that is not a zip answers 422', async () => {
    await refused({ filename: 'fake.docx', bytes: 'P1: I am plain text in disguise' }, 422, 'UNPARSEABLE_FILE');
  });

  it('a WebVTT file without the WEBVTT header answers 422 naming line 1', async () => {
    const error = await refused({ filename: 'no-header.vtt', bytes: '00:00:01.000 --> 00:00:02.000\nHello there\n' }, 422, 'TRANSCRIPT_MALFORMED');
    expect(error.message).toMatch(/\bline 1\b/i);
    expect(error.details).toMatchObject({ line: 1 });
  });

  it('a WebVTT file with a broken timing line answers 422 naming that line', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Sam>How do you close the month?\n\n00:00:03.000 --> 00:0x:04.000\n<v P1>Slowly.\n';
    const error = await refused({ filename: 'broken-timing.vtt', bytes: vtt }, 422, 'TRANSCRIPT_MALFORMED');
    expect(error.message).toMatch(/\bline 6\b/i);
    expect(error.details).toMatchObject({ line: 6 });
  });

  it('an SRT file with a bad timing line answers 422 naming that line', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nSam: Hello\n\n2\n00:00:03,000 -> 00:00:04,000\nP1: Hi\n';
    const error = await refused({ filename: 'bad-timing.srt', bytes: srt }, 422, 'TRANSCRIPT_MALFORMED');
    expect(error.message).toMatch(/\bline 6\b/i);
    expect(error.details).toMatchObject({ line: 6 });
  });

  it('an SRT cue that ends before it starts answers 422 naming its line', async () => {
    const error = await refused({ filename: 'backwards.srt', bytes: '1\n00:00:05,000 --> 00:00:01,000\nP1: Time runs backwards\n' }, 422, 'TRANSCRIPT_MALFORMED');
    expect(error.message).toMatch(/\bline 2\b/i);
  });

  it('a file identical to an existing interview answers 409 INTERVIEW_DUPLICATE naming it', async () => {
    const content = 'Interviewer: What slows you down?\nP7: Chasing approvals by email.';
    const first = expectSuccess<InterviewSummary>(
      await uploadTranscript(client, user.token, projectId, { filename: 'original.txt', bytes: content, metadata: { title: 'Original interview' } }),
      endpoints.createInterview,
    );
    const error = await refused({ filename: 'copy.txt', bytes: content }, 409, 'INTERVIEW_DUPLICATE');
    expect(error.details).toMatchObject({ existingInterviewId: first.id });
    expect(error.message).toContain('Original interview');
    // The same text sent as JSON is the same interview.
    const json = await client.call(endpoints.createInterview, { auth: user.token, params: { projectId }, json: { title: 'Again', format: 'txt', content } });
    expect(expectError(json, 409, 'INTERVIEW_DUPLICATE').details).toMatchObject({ existingInterviewId: first.id });
  });

  it('metadata that breaks the contract answers 400 and stores nothing', async () => {
    const error = await refused({ filename: 'meta.txt', bytes: 'P1: Metadata test.', metadata: { title: 'x', language: 'not a language' } }, 400, 'VALIDATION_FAILED');
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'language' })]));
  });
});
