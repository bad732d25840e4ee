// Entry file of each extraction worker thread: registers tsx in this thread (workers start
// without the parent's loader hooks) and then loads the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
