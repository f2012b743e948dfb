/**
 * The shape of the handler table both hosts register: one async function per
 * contract method, receiving already-validated arguments.
 */
import type { IpcMethod, IpcParsedArgs, IpcValue } from './contract';

export type IpcHandlers = { [M in IpcMethod]: (args: IpcParsedArgs<M>) => Promise<IpcValue<M>> };
