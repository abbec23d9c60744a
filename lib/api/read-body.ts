import { ApiError } from "./errors";

/**
 * A JSON request body, read with a byte limit before anything is buffered beyond it: a wrong Content-Type is 415
 * (a cross-site form can only send text/plain, urlencoded or multipart), too many bytes 413, invalid JSON 400.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new ApiError(415, "unsupported_media_type", "请求内容类型必须是 application/json");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new ApiError(413, "too_large", "请求内容过大");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new ApiError(413, "too_large", "请求内容过大");
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ApiError(400, "bad_json", "请求内容不是有效的 JSON");
  }
}
