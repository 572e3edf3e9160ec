type UnauthorizedHandler = () => void;

let handler: UnauthorizedHandler | null = null;

/** The app registers what happens when a call answers 401 (go to /login, keeping the intended path). */
export function setUnauthorizedHandler(next: UnauthorizedHandler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

export function notifyUnauthorized(): void {
  handler?.();
}
