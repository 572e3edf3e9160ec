import { vi } from 'vitest';

export type Answer = { status: number; body: unknown };

/** Stands in for XMLHttpRequest: records each upload, reports half-way progress, then answers the next queued answer. */
export function stubXhr(answers: Answer[]) {
  const sent: { method: string; url: URL; form: FormData }[] = [];
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = '';
    private url = '';
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader() {}
    abort() {}
    send(form: FormData) {
      sent.push({ method: this.method, url: new URL(this.url, 'http://localhost'), form });
      const answer = answers.shift() ?? { status: 500, body: {} };
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 } as ProgressEvent);
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 10);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}
