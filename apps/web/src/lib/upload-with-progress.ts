import type { Endpoint } from '@outcome-atlas/contracts';
import { parseSuccess, type PathParams, type QueryParams, buildUrl } from './api-client';
import { ApiError, apiErrorFromResponse } from './api-error';
import { notifyUnauthorized } from './unauthorized';

export type UploadOptions = {
  params?: PathParams;
  query?: QueryParams;
  formData: FormData;
  /** Fraction sent, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/** Multipart POST through XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadWithProgress<T>(endpoint: Endpoint, options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(endpoint.method, buildUrl(endpoint, options.params, options.query));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          options.onProgress?.(1);
          resolve(parseSuccess<T>(endpoint, xhr.status, xhr.responseText));
        } catch (error) {
          reject(error);
        }
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(apiErrorFromResponse(xhr.status, xhr.statusText, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The upload was interrupted. Check your connection and try again.' }));
    xhr.onabort = () => reject(new ApiError({ status: 0, code: 'ABORTED', message: 'The upload was cancelled.' }));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(options.formData);
  });
}
