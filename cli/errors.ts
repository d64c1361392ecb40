/** An error caused by the user's input or configuration: printed as one line, exit code 2. */
export class UserError extends Error {
  readonly userFacing = true;
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
