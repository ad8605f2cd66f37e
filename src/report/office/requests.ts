/**
 * Queues writes and syncs only when the next write would take the request over the budget (or
 * when asked): the number of context.sync() calls grows with the bytes written, never with the
 * number of cells or rows. Calculation is suspended for every request.
 */
import { REQUEST_BUDGET_BYTES } from "./budget";

export interface RequestStats {
  syncs: number;
  /** Estimated bytes of each request sent. */
  readonly requestBytes: number[];
}

export class Requests {
  private bytes = 0;
  private ops = 0;
  readonly stats: RequestStats = { syncs: 0, requestBytes: [] };

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET_BYTES,
    private readonly suspendCalculation = true,
    private readonly beforeSync: () => void = () => undefined
  ) {}

  /** Queues one write of `bytes`; syncs first when it would not fit the current request. */
  async queue(bytes: number, write: () => void): Promise<void> {
    if (this.ops > 0 && this.bytes + bytes > this.budget) await this.sync();
    if (this.ops === 0 && this.suspendCalculation) {
      this.context.application.suspendApiCalculationUntilNextSync();
    }
    write();
    this.bytes += bytes;
    this.ops++;
  }

  /** Sends what is queued (a sync with nothing queued still counts: it reads loaded values). */
  async sync(): Promise<void> {
    this.beforeSync();
    this.stats.syncs++;
    this.stats.requestBytes.push(this.bytes);
    this.bytes = 0;
    this.ops = 0;
    await this.context.sync();
  }

  get pending(): boolean {
    return this.ops > 0;
  }
}
