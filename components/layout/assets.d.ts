// Static asset imports (`import brandIcon from "./brand-icon.svg"`), typed as Next types them. next-env.d.ts says the
// same, but `next build` writes it: a clean checkout is typechecked before any build.
/// <reference types="next/image-types/global" />
