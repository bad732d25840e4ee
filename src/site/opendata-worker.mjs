// Entry of the open-data worker thread: registers tsx in this thread (workers start without the
// parent's loader hooks), then runs the TypeScript body, ./opendata-thread.ts.
import { register } from "tsx/esm/api";

register();
await import("./opendata-thread.ts");
