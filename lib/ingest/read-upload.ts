import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { ApiError, badRequest } from "../api/errors";

export interface Upload {
  file: { name: string; bytes: Uint8Array } | null;
  fields: Record<string, string>;
}

/** Multipart framing and the small form fields on top of the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "too_large", `上传文件超过大小上限 ${(maxBytes / 1048576).toFixed(0)} MB，已拒绝`, { maxBytes });
}

/**
 * Reads a multipart upload as a stream with a byte limit: a declared Content-Length over the limit is refused before
 * a byte is read, and a body that grows past it is cut off there — so a 200 MB request never sits in memory.
 * One file (field `file`) and a few short text fields.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw badRequest("请以 multipart/form-data 表单上传文件（字段 file）");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes + FORM_OVERHEAD_BYTES) throw tooLarge(maxBytes);
  if (!request.body) throw badRequest("缺少上传文件（表单字段 file）");

  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const parser = busboy({
    headers: { "content-type": contentType },
    defParamCharset: "utf8",
    limits: { files: 1, fileSize: maxBytes, fields: 8, fieldSize: 64 * 1024, parts: 9 },
  });
  return new Promise<Upload>((resolve, reject) => {
    const upload: Upload = { file: null, fields: {} };
    let received = 0;
    let settled = false;
    const stop = (error: Error) => {
      if (settled) return;
      settled = true;
      body.unpipe(parser);
      body.destroy();
      reject(error);
    };
    body.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes + FORM_OVERHEAD_BYTES) stop(tooLarge(maxBytes));
    });
    body.on("error", () => stop(badRequest("上传中断，请重试")));
    parser.on("file", (field, stream, info) => {
      if (field !== "file") {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => stop(tooLarge(maxBytes)));
      stream.on("end", () => {
        upload.file = { name: info.filename || "upload", bytes: Buffer.concat(chunks) };
      });
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) stop(badRequest(`表单字段 ${name} 过长`));
      else upload.fields[name] = value;
    });
    parser.on("error", () => stop(badRequest("上传的表单格式不正确")));
    parser.on("close", () => {
      if (settled) return;
      settled = true;
      resolve(upload);
    });
    body.pipe(parser);
  });
}
