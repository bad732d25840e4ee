// The part of Eleventy 3's API this project uses (the package ships no TypeScript declarations).
declare module "@11ty/eleventy" {
  /** Any function: filters and shortcodes take template values. */
  export type TemplateFunction = (...args: never[]) => unknown;

  export interface UserConfig {
    /** The path prefix in effect ("/" by default); set before plugins and data functions run. */
    pathPrefix: string;
    /** Global data added so far (including by the programmatic `config` callback). */
    globalData: Record<string, unknown>;
    /** The directories in effect, after command-line and programmatic overrides. */
    directories: { input: string; output: string };
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addExtension(extension: string, options: ExtensionOptions): void;
    /** Called with the template library Eleventy uses for `engine` (for "njk": the Nunjucks Environment). */
    amendLibrary(engine: string, amend: (library: never) => void): void;
    addFilter(name: string, fn: TemplateFunction): void;
    addShortcode(name: string, fn: TemplateFunction): void;
    addGlobalData(name: string, data: unknown): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    /** Input paths (relative to the working folder) Eleventy does not read. */
    ignores: Set<string>;
    /** `results` (eleventy.after): every page written, `outputPath` its file (false: not written). */
    on(event: "eleventy.before" | "eleventy.after", fn: (arg: { results?: Array<{ outputPath: string | false }> }) => unknown): void;
    setQuietMode(quiet: boolean): void;
    /** Eleventy's timing of configuration code (filters, transforms): notes printed when verbose. */
    benchmarks: { config: { setIsVerbose(verbose: boolean): void } };
    addTransform(name: string, fn: (content: string) => string): void;
    setServerOptions(options: Record<string, unknown>): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setTemplateFormats(formats: string[]): void;
  }

  export interface ExtensionOptions {
    key?: string;
    compileOptions?: { cache?: boolean };
    compile?: (this: { defaultRenderer: (data: unknown) => Promise<string> }, source: string, inputPath: string) => ((data: unknown) => Promise<string>) | undefined;
  }

  export interface EleventyOptions {
    /** false: no config file (the configuration comes from `config`). */
    configPath?: string | false;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    source?: "cli" | "script";
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** Starts watching; resolves to the rebuild its watcher runs on a change (a path: the file that changed). */
    watch(): Promise<(path: string) => Promise<void>>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    /** The file watcher (chokidar's), once watch() started it: it rebuilds on "change" and "add", and only logs "unlink". */
    readonly watcher?: { on(event: "unlink", fn: (path: string) => void): void };
    /** Eleventy's console output: each message goes to the console method of its kind. */
    readonly logger: { overrideLogger(console: Pick<Console, "log" | "info" | "warn" | "error">): void };
  }

  export const EleventyHtmlBasePlugin: unknown;
}

// The part of Nunjucks (the copy Eleventy uses) that the configuration (./eleventy-config.ts) needs.
declare module "nunjucks" {
  export class Environment {
    private readonly brand: "nunjucks.Environment";
  }
  export class Template {
    constructor(source: string, env: Environment, path: string, eagerCompile?: boolean);
    render(context: unknown, callback: (error: Error | null, result: string) => void): void;
  }
  const nunjucks: { Template: typeof Template; Environment: typeof Environment };
  export default nunjucks;
}
