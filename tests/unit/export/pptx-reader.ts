import JSZip from "jszip";

/** Reads a PPTX (a zip) back into its XML parts for structural assertions. */
export interface PptxParts {
  names: string[];
  text(name: string): Promise<string>;
}

export async function readPptx(bytes: Uint8Array): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    names: Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort(),
    async text(name: string) {
      const file = zip.file(name);
      if (file === null) throw new Error(`missing part ${name}`);
      return file.async("string");
    },
  };
}

export function partsMatching(parts: PptxParts, pattern: RegExp): string[] {
  return parts.names.filter((name) => pattern.test(name));
}
