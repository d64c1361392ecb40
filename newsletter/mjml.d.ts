// mjml 5 ships no type declarations; this is the part the renderer uses.
declare module 'mjml' {
  interface MjmlResult {
    html: string;
    errors: { line: number; message: string; tagName: string; formattedMessage: string }[];
  }
  export default function mjml2html(input: string, options?: Record<string, unknown>): Promise<MjmlResult>;
}
