/**
 * The `negotiator` package as lib/api/precompressed.ts calls it, with the second argument of encoding() (the
 * tie-break order `compression` passes) that the published @types/negotiator leaves out.
 */
declare module "negotiator" {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    encoding(available?: string[], preferred?: string[]): string | undefined;
  }
  export = Negotiator;
}
