// The zod the browser loads: zod/mini, less than half the size of classic zod once gzipped.
// Unlike classic zod, mini ships no error messages and reports every issue as "Invalid input",
// so the English locale is set here, before any schema can parse: learners importing a bad file
// keep reading "Too small: expected string to have >=1 characters". Client code imports z from
// this module, never from "zod/mini" directly, so the locale is always in place.
import * as z from "zod/mini";
import { en } from "zod/locales";

z.config(en());

export { z };
