// Entry of the render worker thread: registers tsx in this thread (workers start without the
// parent's loader hooks), then runs the TypeScript body, ./render-thread.ts.
import { register } from "tsx/esm/api";

register();
await import("./render-thread.ts");
