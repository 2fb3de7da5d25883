// zod probes `new Function("")` once to decide whether to compile its parsers; under a CSP
// without 'unsafe-eval' the refused probe is reported as a violation even though it is caught.
// Jitless parsing never probes. One zod core per bundle, so this covers every schema in it.
import { config } from "zod/v4/core";

config({ jitless: true });
