import { Inject, Injectable } from '@nestjs/common';
import type { ExtractionProvider } from '@outcome-atlas/contracts';
import { unprocessable } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { OfflineOutcomeExtractor } from './offline-outcome-extractor.js';
import { OpenAIOutcomeExtractor } from './openai-outcome-extractor.js';
import type { OutcomeExtractor } from './outcome-extractor.js';

/** Chooses the extractor for a request: the model server when a key is configured, the offline lexicon otherwise. */
@Injectable()
export class ExtractorRegistry {
  private readonly offline = new OfflineOutcomeExtractor();
  private readonly openaiByModel = new Map<string, OpenAIOutcomeExtractor>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get defaultProvider(): ExtractionProvider {
    return this.config.OPENAI_API_KEY ? 'openai' : 'offline';
  }

  /** @throws 422 OPENAI_NOT_CONFIGURED when the model server is asked for without a key. */
  resolve(provider: ExtractionProvider | undefined, projectModel: string | null): OutcomeExtractor {
    const chosen = provider ?? this.defaultProvider;
    if (chosen === 'offline') return this.offline;
    return this.openai(projectModel ?? this.config.OPENAI_MODEL);
  }

  /** The extractor that ran a stored job, so a resumed job uses the same model and prompt version. */
  forJob(provider: ExtractionProvider, model: string): OutcomeExtractor {
    return provider === 'offline' ? this.offline : this.openai(model);
  }

  /** USD for the given usage with the configured prices; null when the provider costs nothing. */
  cost(provider: ExtractionProvider, promptTokens: number, completionTokens: number): number | null {
    if (provider === 'offline') return null;
    return (promptTokens * this.config.OPENAI_INPUT_USD_PER_MTOK + completionTokens * this.config.OPENAI_OUTPUT_USD_PER_MTOK) / 1_000_000;
  }

  private openai(model: string): OpenAIOutcomeExtractor {
    const apiKey = this.config.OPENAI_API_KEY;
    if (!apiKey) throw unprocessable('OPENAI_NOT_CONFIGURED', 'No OPENAI_API_KEY is configured on the server; use the offline extractor or set the key');
    let extractor = this.openaiByModel.get(model);
    if (!extractor) {
      extractor = new OpenAIOutcomeExtractor({
        apiKey,
        baseURL: this.config.OPENAI_BASE_URL,
        model,
        timeoutMs: this.config.OPENAI_TIMEOUT_MS,
        maxRetries: this.config.OPENAI_MAX_RETRIES,
      });
      this.openaiByModel.set(model, extractor);
    }
    return extractor;
  }
}
