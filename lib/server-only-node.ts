/**
 * `import "server-only"` outside Next's bundler. Next maps the marker itself (empty in server code, a build error in a
 * client component), which is the protection wanted. The processes that run our server modules without the bundler —
 * the CLI, the production server's own process (lib/server), benches, vitest — resolve it here through tsconfig
 * `paths` (tsx) and the vitest alias: they are server code, so the marker has nothing to do.
 */
export {};
