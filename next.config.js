/** @type {import('next').NextConfig} */
// The Content-Security-Policy is per response (a script nonce): lib/server/serve.ts sets it, not this static list.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig = {
  poweredByHeader: false,
  // `npm start`'s server compresses (lib/server/compress.ts): faster levels, and one compressor flush per event-loop turn.
  compress: false,
  // Type checking is its own CI step (`npm run typecheck`); doing it again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Native/WASM-loading packages stay outside the bundle. @prisma/schema-engine-wasm must NOT be listed here: it only
  // loads its .wasm when bundled (see STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "pdfjs-dist", "exceljs", "pptxgenjs"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
