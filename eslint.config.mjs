import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { layerRules } from "./lib/lint/layer-rules.mjs";

const PRISMA = {
  group: ["@/lib/generated/**", "**/generated/prisma/**", "@prisma/*", "@/lib/db/*", "**/lib/db/*", "pg", "@electric-sql/*", "pglite-prisma-adapter"],
  message: "页面与组件不直接访问数据库：经 lib/queries（读）或 lib/ingest（写）的函数，它们按 viewer 过滤。",
};
const NEXT_LINK = {
  name: "next/link",
  message: "链接用 components/layout/app-link 的 AppLink：next/link 默认预取视口内的每个链接，打开一个列表页就向服务器发出数十个请求。",
};
const HTTP_IN_DATA_LAYER = {
  group: ["next/*", "@/lib/api/*", "**/api/errors", "**/api/route"],
  message: "数据层不产生 HTTP 错误：返回 null 或抛出领域错误，由 lib/api/route.ts 映射状态码。",
  allowTypeImports: true,
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Layers (README "Architecture"): app and components never reach Prisma; every route goes through route();
  // every query takes the viewer; the data layer knows nothing of HTTP.
  { plugins: { "fiscal-lens": layerRules } },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: [NEXT_LINK], patterns: [PRISMA] }] },
  },
  {
    files: ["components/layout/app-link.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [PRISMA] }] },
  },
  { files: ["app/api/**/route.ts"], rules: { "fiscal-lens/route-uses-wrapper": "error" } },
  {
    files: ["lib/queries/**/*.ts"],
    rules: {
      "fiscal-lens/query-takes-viewer": "error",
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ ...HTTP_IN_DATA_LAYER, group: [...HTTP_IN_DATA_LAYER.group.filter((g) => g !== "@/lib/api/*"), "@/lib/api/errors", "@/lib/api/route"] }] }],
    },
  },
  {
    files: ["lib/auth/**/*.ts", "lib/db/**/*.ts"],
    ignores: ["lib/auth/current-viewer.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [HTTP_IN_DATA_LAYER] }] },
  },
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", "data/**", "next-env.d.ts", "bench/out/**", "tests/e2e/screenshots/**"],
  },
];

export default config;
