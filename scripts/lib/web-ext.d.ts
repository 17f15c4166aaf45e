// web-ext ships no types; this covers the one call scripts/lint-firefox.ts makes.
declare module 'web-ext' {
  interface LintParams {
    sourceDir: string;
    /** 'none' prints nothing and only returns the result. */
    output?: 'text' | 'json' | 'none';
    /** False applies addons.mozilla.org's rules. */
    selfHosted?: boolean;
    boring?: boolean;
    warningsAsErrors?: boolean;
  }
  const webExt: {
    cmd: { lint(params: LintParams, options?: { shouldExitProgram?: boolean }): Promise<unknown> };
  };
  export default webExt;
}
