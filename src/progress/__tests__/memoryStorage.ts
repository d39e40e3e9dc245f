// The in-memory Storage the app falls back on, shared with the tests.
export { MemoryStorage } from "../memoryStorage";
