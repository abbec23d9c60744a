/**
 * Who is making a request and whether they may do it. Until login (users, roles, sessions) is switched on, every
 * request acts as the local operator; the data layer calls go through here so enforcement has one place to live.
 */
export type Permission = "read" | "import" | "admin";

export interface Actor {
  name: string;
  channel: "web" | "api";
}

export async function requestActor(request: Request, _permission: Permission): Promise<Actor> {
  const fromBrowser = request.headers.get("sec-fetch-mode") === "cors" || request.headers.get("x-requested-with") === "fiscal-lens";
  return { name: "本地用户", channel: fromBrowser ? "web" : "api" };
}
