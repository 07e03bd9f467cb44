import { ConfigError, loadConfig, type AppConfig } from '../config/app-config';
import { assertServicesReachable, ServiceUnavailableError } from '../config/preflight';

/**
 * Shared start-up of the API and the worker: validated config, PostgreSQL and Redis checked,
 * and a plain sentence instead of a stack trace when something we need is missing.
 */
export async function runEntryPoint(start: (config: AppConfig) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    await assertServicesReachable(config);
    await start(config);
  } catch (error) {
    if (error instanceof ServiceUnavailableError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
