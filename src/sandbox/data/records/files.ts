// Synthetic document files: small, valid one-page PDFs, padded to any size on demand.

const encoder = new TextEncoder();

/** A one-page PDF showing the lines of text, with a correct cross-reference table. */
export const writePdf = (lines: string[]): Uint8Array => {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines.map((line, i) => `BT /F1 11 Tf 56 ${780 - i * 16} Td (${escape(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${encoder.encode(text).length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = encoder.encode(pdf).length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = encoder.encode(pdf).length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(pdf);
};

/** The PDF followed by a comment line of spaces, so the file is exactly `size` bytes (a scanned bundle's bulk). */
export const padFile = (file: Uint8Array, size: number): Uint8Array => {
  const padded = new Uint8Array(Math.max(size, file.length + 2));
  padded.set(file);
  padded.fill(0x20, file.length);
  padded[file.length] = 0x25; // '%' starts a PDF comment, which readers ignore after %%EOF
  padded[padded.length - 1] = 0x0a;
  return padded;
};

/** Base64 of bytes, in chunks so large files do not overflow the argument list. */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
