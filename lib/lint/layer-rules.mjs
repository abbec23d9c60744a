/**
 * The project's own ESLint rules for its layers (wired in eslint.config.mjs):
 * - route-uses-wrapper: every HTTP method a route.ts exports is `route(…)` from lib/api/route.ts, so no handler can
 *   skip viewer resolution, CSRF, input validation or the error mapping.
 * - query-takes-viewer: every exported async function in lib/queries takes `viewer` as its first parameter, so a read
 *   that ignores the department scope cannot be written without the linter noticing.
 */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const routeUsesWrapper = {
  meta: { type: "problem", schema: [], messages: { wrap: "路由 {{name}} 必须写成 route({ auth, … }, handler)（lib/api/route.ts）" } },
  create(context) {
    const check = (name, node, init) => {
      if (!METHODS.has(name)) return;
      const ok = init && init.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "route";
      if (!ok) context.report({ node, messageId: "wrap", data: { name } });
    };
    return {
      ExportNamedDeclaration(node) {
        const decl = node.declaration;
        if (!decl) return;
        if (decl.type === "FunctionDeclaration" && decl.id) check(decl.id.name, decl, null);
        if (decl.type === "VariableDeclaration") {
          for (const d of decl.declarations) if (d.id.type === "Identifier") check(d.id.name, d, d.init);
        }
      },
    };
  },
};

function firstParamIsViewer(fn) {
  const first = fn.params[0];
  return first !== undefined && first.type === "Identifier" && first.name === "viewer";
}

const queryTakesViewer = {
  meta: { type: "problem", schema: [], messages: { viewer: "查询 {{name}} 的第一个参数必须是 viewer（按部门范围过滤）" } },
  create(context) {
    const check = (name, fn, node) => {
      if (fn && fn.async && !firstParamIsViewer(fn)) context.report({ node, messageId: "viewer", data: { name } });
    };
    return {
      ExportNamedDeclaration(node) {
        const decl = node.declaration;
        if (!decl) return;
        if (decl.type === "FunctionDeclaration" && decl.id) check(decl.id.name, decl, decl);
        if (decl.type === "VariableDeclaration") {
          for (const d of decl.declarations) {
            const init = d.init;
            if (d.id.type === "Identifier" && init && (init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression")) check(d.id.name, init, d);
          }
        }
      },
    };
  },
};

export const layerRules = { rules: { "route-uses-wrapper": routeUsesWrapper, "query-takes-viewer": queryTakesViewer } };
