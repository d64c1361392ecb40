/** An error as it crosses between threads: plain data, rebuilt as an Error on the other side. */
export interface WireError {
  /** kept so that the receiving side can tell kinds apart (e.g. ClassifyError) */
  name?: string;
  message: string;
  stack?: string;
}

export const toWireError = (e: unknown): WireError => ({ name: (e as Error)?.name, message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack });

export const fromWireError = (w: WireError | undefined): Error => Object.assign(new Error(w?.message), { stack: w?.stack }, w?.name ? { name: w.name } : {});
