import { encode } from "uqr";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The QR code of a text as a standalone SVG: one path of dark modules on a white square with the
 * four-module quiet zone, error correction M (readable on a projected screen), and a `<title>`
 * so a screen reader says what it is. Drawn here: no remote service sees the join link.
 */
export function qrSvg(text: string, title: string): string {
  const { data, size } = encode(text, { ecc: "M", border: 4 });
  let path = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y]![x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y]![x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-labelledby="t">` +
    `<title id="t">${escapeXml(title)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${path}"/></svg>`
  );
}
