import { z } from 'zod';

/**
 * Answers that are files, not JSON: a route's `response[200]` in this form
 * documents the media types in the OpenAPI document (and so in the client's
 * generated types); the handler sends the file with the same type.
 */
const csvFile = { schema: z.string().meta({ description: 'UTF-8 text' }) };
// The handler sends the workbook's bytes (a Buffer); documented as binary.
const xlsxFile = {
  schema: z.custom<Uint8Array>((value) => value instanceof Uint8Array).meta({ type: 'string', format: 'binary', description: 'An Excel workbook' }),
};

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const csvFileResponse = { description: 'A CSV file', content: { 'text/csv': csvFile } };
export const csvOrXlsxFileResponse = {
  description: 'A CSV file or an Excel workbook, by `format`',
  content: { 'text/csv': csvFile, [XLSX_MEDIA_TYPE]: xlsxFile },
};
