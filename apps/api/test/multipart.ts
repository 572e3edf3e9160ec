/** Builds a multipart/form-data body by hand, as a browser would send it. */
export function multipart(filename: string, content: string | Buffer, metadata?: unknown): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----outcome-atlas-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  if (metadata !== undefined) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(metadata)}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(typeof content === 'string' ? Buffer.from(content) : content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
