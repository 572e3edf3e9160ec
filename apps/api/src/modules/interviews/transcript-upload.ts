import { uploadInterviewMetadataSchema, type TranscriptFormat, type UploadInterviewMetadata } from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';
import mammoth from 'mammoth';
import { AppError, unprocessable } from '../../common/app-error.js';
import { zodIssuesToDetails } from '../../common/zod-validation.pipe.js';

export type UploadedTranscript = { filename: string; format: TranscriptFormat; bytes: Buffer; metadata: UploadInterviewMetadata };

const FORMAT_BY_EXTENSION: Record<string, TranscriptFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', vtt: 'vtt', srt: 'srt', docx: 'docx' };

export function formatOfFilename(filename: string): TranscriptFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  const format = extension ? FORMAT_BY_EXTENSION[extension] : undefined;
  if (!format) throw new AppError(415, 'UNSUPPORTED_FILE_TYPE', `"${filename}" is not a supported transcript; upload .txt, .md, .vtt, .srt or .docx`);
  return format;
}

/** Reads the single `file` part and the optional JSON `metadata` part of a multipart upload. */
export async function readUpload(request: FastifyRequest): Promise<UploadedTranscript> {
  let file: { filename: string; bytes: Buffer } | undefined;
  let metadataJson: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) {
        await part.toBuffer();
        throw new AppError(400, 'INVALID_UPLOAD', 'Send exactly one file, in the form field "file"');
      }
      file = { filename: part.filename, bytes: await part.toBuffer() };
    } else if (part.fieldname === 'metadata') {
      metadataJson = String(part.value);
    }
  }
  if (!file) throw new AppError(400, 'INVALID_UPLOAD', 'The upload has no "file" part');
  const format = formatOfFilename(file.filename);
  return { filename: file.filename, format, bytes: file.bytes, metadata: parseMetadata(metadataJson) };
}

function parseMetadata(json: string | undefined): UploadInterviewMetadata {
  if (json === undefined || json.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError(400, 'VALIDATION_FAILED', 'The "metadata" part is not valid JSON');
  }
  const result = uploadInterviewMetadataSchema.safeParse(value);
  if (!result.success) {
    const details = zodIssuesToDetails(result.error.issues);
    throw new AppError(400, 'VALIDATION_FAILED', `Invalid metadata: ${details[0]?.path}: ${details[0]?.message}`, details);
  }
  return result.data;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Turns uploaded bytes into transcript text: UTF-8 (BOM stripped) for text formats, the document text for .docx. */
export async function transcriptText(upload: Pick<UploadedTranscript, 'bytes' | 'format' | 'filename'>): Promise<string> {
  if (upload.bytes.length === 0) throw unprocessable('TRANSCRIPT_EMPTY', `"${upload.filename}" is empty`);
  if (upload.format === 'docx') return docxText(upload.bytes, upload.filename);
  // NUL bytes never occur in text; say "binary" rather than "not UTF-8" for renamed files.
  if (upload.bytes.includes(0)) throw unprocessable('TRANSCRIPT_BINARY', `"${upload.filename}" looks like a binary file, not a text transcript`);
  try {
    return utf8.decode(upload.bytes);
  } catch {
    throw unprocessable('INVALID_ENCODING', `"${upload.filename}" is not valid UTF-8 text; save it as UTF-8 and upload it again`);
  }
}

async function docxText(bytes: Buffer, filename: string): Promise<string> {
  // A .docx is a zip archive; anything else renamed .docx is rejected before mammoth sees it.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw unprocessable('UNPARSEABLE_FILE', `"${filename}" is not a Word document (.docx)`);
  }
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch {
    throw unprocessable('UNPARSEABLE_FILE', `"${filename}" could not be read as a Word document (.docx)`);
  }
}
