/** An error as it crosses between threads: plain data, rebuilt as an Error on the other side. */
export interface WireError {
  message: string;
  stack?: string;
}

export const toWireError = (e: unknown): WireError => ({ message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack });

export const fromWireError = (w: WireError | undefined): Error => Object.assign(new Error(w?.message), { stack: w?.stack });
