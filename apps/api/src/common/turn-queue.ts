type Waiter = { admit(): void; timer: NodeJS.Timeout | null };

/**
 * At most `limit` holders at a time; the others wait in line. A freed place passes straight to the longest
 * waiting, so a newcomer never overtakes the line. `acquire` answers the release function (calling it more
 * than once frees nothing more); with `wait`, a caller still waiting after `wait.ms` gets `wait.giveUp()` thrown.
 */
export class TurnQueue {
  private holders = 0;
  private readonly line: Waiter[] = [];

  constructor(readonly limit: number) {}

  async acquire(wait?: { ms: number; giveUp: () => Error }): Promise<() => void> {
    if (this.holders < this.limit) this.holders += 1;
    else await this.waitInLine(wait);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.line.shift();
      if (!next) {
        this.holders -= 1;
        return;
      }
      if (next.timer) clearTimeout(next.timer);
      next.admit();
    };
  }

  private waitInLine(wait: { ms: number; giveUp: () => Error } | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { admit: resolve, timer: null };
      if (wait) {
        waiter.timer = setTimeout(() => {
          this.line.splice(this.line.indexOf(waiter), 1);
          reject(wait.giveUp());
        }, wait.ms);
      }
      this.line.push(waiter);
    });
  }
}
