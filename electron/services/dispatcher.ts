/**
 * The one entry point from any transport (Electron IPC, web host HTTP) into
 * the handler table: look up the channel by its contract name, validate the
 * arguments against the contract, run the handler, validate what it returns,
 * and wrap everything in an IpcResult. It never throws and never rejects:
 * bad input gets a clear `badArguments` error naming the fields, a handler
 * that throws gets `failed` (and is logged), and a handler that returns data
 * not matching the contract is treated as a bug in main — logged, not sent.
 * Every error message that crosses has its absolute paths cut to their base
 * names (redact-paths.ts): the clerk reads the file name, the log keeps the
 * full detail.
 */
import type { z } from 'zod';
import { IPC_METHODS, ipcContract } from '../../shared/ipc/contract';
import type { IpcMethod } from '../../shared/ipc/contract';
import type { IpcHandlers } from '../../shared/ipc/handlers';
import { fail, ok } from '../../shared/ipc/result';
import type { IpcError, IpcErrorCode, IpcResult } from '../../shared/ipc/result';
import { consoleLogger, HandlerError } from './errors';
import type { Logger } from './errors';
import { redactPaths } from './redact-paths';
import { describeIssues, summariseIssues } from './zod-issues';

export type Dispatch = (channelName: string, rawArgs: unknown) => Promise<IpcResult<unknown>>;

interface Route {
  method: IpcMethod;
  args: z.ZodType;
  result: z.ZodType;
  run: (args: unknown) => Promise<unknown>;
}

/** Every channel name of the contract ('settings:get', …). */
export const CHANNEL_NAMES: readonly string[] = IPC_METHODS.map((method) => ipcContract[method].name);

function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'Unknown error';
  }
}

/** The error as the renderer gets it: no absolute path in its message or issues. */
function failRedacted(code: IpcErrorCode, message: string, issues?: IpcError['issues']): IpcResult<never> {
  return fail(code, redactPaths(message), issues?.map((issue) => ({ ...issue, message: redactPaths(issue.message) })));
}

export function createDispatcher(handlers: IpcHandlers, logger: Logger = consoleLogger): Dispatch {
  const routes = new Map<string, Route>();
  for (const method of IPC_METHODS) {
    const { name, args, result } = ipcContract[method];
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    routes.set(name, { method, args, result, run: (parsed) => handler(parsed) });
  }

  return async function dispatch(channelName, rawArgs) {
    try {
      const route = typeof channelName === 'string' ? routes.get(channelName) : undefined;
      if (!route) return fail('unknownChannel', `Unknown channel: ${String(channelName).slice(0, 100)}`);

      const parsedArgs = route.args.safeParse(rawArgs ?? {});
      if (!parsedArgs.success) {
        const issues = describeIssues(parsedArgs.error);
        return failRedacted('badArguments', `Bad arguments for ${channelName}: ${summariseIssues(issues)}`, issues);
      }

      let value: unknown;
      try {
        value = await route.run(parsedArgs.data);
      } catch (error) {
        if (error instanceof HandlerError) {
          if (error.code === 'failed') logger.error(`ipc ${channelName} failed`, error);
          else if (redactPaths(error.message) !== error.message) logger.warn(`ipc ${channelName}: ${error.code}`, error);
          return failRedacted(error.code, error.message, error.issues);
        }
        logger.error(`ipc ${channelName}: handler threw`, error);
        return failRedacted('failed', describeThrown(error));
      }

      const parsedResult = route.result.safeParse(value);
      if (!parsedResult.success) {
        logger.error(`ipc ${channelName}: handler returned a result that does not match the contract: ${summariseIssues(describeIssues(parsedResult.error))}`);
        return fail('failed', `Internal error: ${channelName} produced an invalid result`);
      }
      return ok(parsedResult.data);
    } catch (error) {
      // Only reachable through a bug in a schema or the logger; still never reject.
      try {
        logger.error(`ipc ${String(channelName)}: dispatcher error`, error);
      } catch {
        // ignore
      }
      return fail('failed', 'Internal error');
    }
  };
}
